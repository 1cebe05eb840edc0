/**
 * The committed icons are exactly what scripts/icons draws (`npm run icons`). Pixels are compared, not file bytes,
 * so a different zlib in another Node version cannot fail the test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { iconFiles, renderIcon } from "../../scripts/icons/generate";
import { rawScanlines } from "../../scripts/icons/png";
import { readPng } from "../helpers/png";

const assets = join(__dirname, "..", "..", "assets");

describe("icons", () => {
  it.each(iconFiles.map((icon) => [icon.name, icon] as const))("%s is up to date with scripts/icons", (_name, icon) => {
    const png = readPng(readFileSync(join(assets, icon.name)));
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([icon.size, icon.size, 8, 6]);
    expect(png.scanlines.equals(rawScanlines(icon.size, icon.size, renderIcon(icon)))).toBe(true);
  });

  it("leaves no PNG in assets/ that the script does not draw", () => {
    const pngs = readdirSync(assets).filter((name) => name.endsWith(".png"));
    expect(pngs.sort()).toEqual(iconFiles.map((icon) => icon.name).sort());
  });

  it("draws an opaque page and a transparent margin", () => {
    for (const icon of iconFiles) {
      const pixels = renderIcon(icon);
      const alphaAt = (x: number, y: number) => pixels[(y * icon.size + x) * 4 + 3];
      const middle = Math.floor(icon.size / 2);
      expect([icon.name, alphaAt(middle, middle)]).toEqual([icon.name, 255]);
      expect([icon.name, alphaAt(0, 0)]).toEqual([icon.name, 0]);
    }
  });
});
