/**
 * Renders the sample's summary sheet to docs/summary.png through LibreOffice, so a person can look at what
 * `report` writes; with `--levels`, the summary of a three-level budget (정책사업 > 단위사업 > 세부사업, by
 * Excel's indent: scripts/levels/levelled-budget.ts) to docs/levels-summary.png. Needs Debian's
 * libreoffice-calc-nogui, fonts-nanum (Korean glyphs) and poppler-utils.
 *
 *   npx tsx scripts/render-summary.ts [OUT.png]
 *   npx tsx scripts/render-summary.ts --levels [OUT.png]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { defaultOptions } from "../src/core/options";
import { buildSummary } from "../src/core/summary/build-summary";
import { checkWorkbook } from "../src/app/check-workbook";
import { openXlsxBuffer, openXlsxFile, writeSheetsIntoXlsx } from "../src/workbook/xlsx";
import { levelledBudgetXlsx } from "./levels/levelled-budget";

const SAMPLE = resolve(__dirname, "../assets/samples/budget-check-sample.xlsx");
const SEED_DAY = { year: 2018, month: 9, day: 30 };

function which(command: string): boolean {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const levels = process.argv[2] === "--levels";
  const args = process.argv.slice(levels ? 3 : 2);
  const out = resolve(args[0] ?? join(__dirname, levels ? "../docs/levels-summary.png" : "../docs/summary.png"));
  const missing = ["soffice", "pdftoppm"].filter((c) => !which(c));
  if (missing.length > 0) {
    console.error(`Not found: ${missing.join(", ")}. Install with: apt-get install libreoffice-calc-nogui fonts-nanum poppler-utils`);
    process.exit(2);
  }
  const fileName = levels ? "levelled-budget.xlsx" : "budget-check-sample.xlsx";
  const source = levels ? await openXlsxBuffer(await levelledBudgetXlsx(), fileName) : await openXlsxFile(SAMPLE);
  const check = await checkWorkbook(source, defaultOptions(SEED_DAY));
  if (check.kind !== "checked") throw new Error(`${fileName} holds no names`);
  const book = buildSummary({
    ...check,
    dueWithinMonths: 12,
    lang: "ko",
    fileName,
    generatedAt: "2018-09-30 09:00",
  });
  // The summary alone, in an otherwise empty workbook: LibreOffice prints every sheet, and the picture is of ours.
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("-");
  const { data } = await writeSheetsIntoXlsx(new Uint8Array(await blank.xlsx.writeBuffer()), book, { lang: "ko" });

  const dir = mkdtempSync(join(tmpdir(), "budget-check-render-"));
  const xlsx = join(dir, "summary.xlsx");
  writeFileSync(xlsx, data);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "ignore",
    timeout: 120_000,
  });
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", join(dir, "summary.pdf"), join(dir, "page")]);
  const page = readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".png"));
  if (!page) throw new Error("LibreOffice produced no page");
  copyFileSync(join(dir, page), out);
  console.log(`Wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
