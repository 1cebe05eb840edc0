/**
 * Draws every icon of the add-in into assets/: `npm run icons`. Pure TypeScript, so a clean machine needs no
 * image tools; the output is byte-stable, so regenerating unchanged designs leaves git clean.
 */
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { addinIcon, type Design, paneIcon, summaryIcon, validateIcon } from "./designs";
import { encodePng } from "./png";

export interface IconFile {
  name: string;
  size: number;
  design: Design;
}

/** The template's icon names for the add-in (pane, store, ribbon group) plus one set per ribbon button. */
export const iconFiles: IconFile[] = [
  ...[16, 20, 24, 32, 40, 48, 64, 80, 96, 128].map((size) => ({ name: `icon-${size}.png`, size, design: addinIcon })),
  ...(
    [
      ["validate", validateIcon],
      ["summary", summaryIcon],
      ["pane", paneIcon],
    ] as const
  ).flatMap(([prefix, design]) => [16, 32, 80].map((size) => ({ name: `${prefix}-${size}.png`, size, design }))),
];

export function renderIcon({ size, design }: IconFile): Uint8Array {
  return design(size).rgba();
}

if (require.main === module) {
  const assets = join(__dirname, "..", "..", "assets");
  for (const icon of iconFiles) {
    const path = join(assets, icon.name);
    const png = encodePng(icon.size, icon.size, renderIcon(icon));
    writeFileSync(path, png);
    console.log(`${relative(process.cwd(), path)}: ${png.length} bytes`);
  }
}
