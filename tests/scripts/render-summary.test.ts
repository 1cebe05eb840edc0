import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const hasLibreOffice = ["soffice", "pdftoppm"].every((c) => spawnSync("which", [c]).status === 0);

// The picture in the README comes from this script; where LibreOffice is installed (CI installs it), it must work.
(hasLibreOffice ? describe : describe.skip)("scripts/render-summary.ts", () => {
  it("renders the sample's summary to one PNG, every page stacked", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    try {
      const png = join(dir, "summary.png");
      execFileSync(process.execPath, ["--import", "tsx", join(__dirname, "../../scripts/render-summary.ts"), png], {
        timeout: 150_000,
      });
      const data = readFileSync(png);
      expect(data.subarray(1, 4).toString()).toBe("PNG");
      // A4 pages at 80 dpi: about 660 × 935 pixels each; the summary and its findings sheet take more than two.
      expect(data.readUInt32BE(16)).toBeGreaterThan(600);
      expect(data.readUInt32BE(20)).toBeGreaterThan(2 * 935);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
