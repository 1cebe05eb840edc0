/**
 * Renders a summary through LibreOffice, every page stacked top to bottom, so a person can look at what
 * `report` writes: the sample's (docs/summary.png), the same in English (`--en`, docs/summary-en.png), the
 * sample kept in 원 (`--won`, docs/summary-won.png: scripts/sample/won-workbook.ts), or a three-level budget
 * (`--levels`, docs/levels-summary.png: scripts/levels/levelled-budget.ts), or the consolidated summary of a
 * folder of three divisions' workbooks (`--folder`, docs/consolidated-summary.png: the sample, the Office sample
 * and the sample in 원); `--all` draws the five. Needs Debian's libreoffice-calc-nogui, fonts-nanum (Korean
 * glyphs), fonts-crosextra-carlito (Calibri's metrics: without it LibreOffice sets the columns in DejaVu Sans, a
 * third wider, and the page in a smaller scale than Excel's) and poppler-utils; the pages are stacked and encoded
 * by scripts/icons/png.ts.
 *
 * LibreOffice never wraps the text of a cell that holds a hyperlink, so the sheets are drawn without their links
 * (a program's name linked to its cell would run past its column); Excel wraps them and keeps the links.
 *
 *   npx tsx scripts/render-summary.ts [--en | --won | --levels | --folder] [OUT.png]
 *   npx tsx scripts/render-summary.ts --all
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import figures from "../assets/seed/figures.json";
import type { Lang } from "../src/core/finding";
import { defaultOptions } from "../src/core/options";
import { buildSummary } from "../src/core/summary/build-summary";
import { buildConsolidated, type Division } from "../src/core/summary/consolidated";
import type { SummaryBook } from "../src/core/summary/sheet-spec";
import { checkWorkbook } from "../src/app/check-workbook";
import { checkFile } from "../src/cli/folder/file-task";
import { openXlsxBuffer, openXlsxFile, writeSheetsIntoXlsx } from "../src/workbook/xlsx";
import type { WorkbookSource } from "../src/workbook/port";
import { encodePng } from "./icons/png";
import { levelledBudgetXlsx } from "./levels/levelled-budget";
import { buildSeedFixture, type SeedFigures } from "./sample/seed-workbook";
import { fixtureToXlsx } from "./sample/workbook-fixture";
import { wonFixture } from "./sample/won-workbook";

const SAMPLE = resolve(__dirname, "../assets/samples/budget-check-sample.xlsx");
const OFFICE_SAMPLE = resolve(__dirname, "../assets/samples/budget-check-office-sample.xlsx");
const SEED_DAY = { year: 2018, month: 9, day: 30 };
const DOCS = resolve(__dirname, "../docs");

interface Variant {
  readonly lang: Lang;
  readonly picture: string;
  /** The sheets `report` writes for it. */
  book(): Promise<SummaryBook>;
}

/** The summary `report` writes for one workbook, dated the seed's day. */
function single(fileName: string, lang: Lang, picture: string, open: () => Promise<WorkbookSource>): Variant {
  return {
    lang,
    picture,
    async book() {
      const check = await checkWorkbook(await open(), defaultOptions(SEED_DAY, { lang }));
      if (check.kind !== "checked") throw new Error(`${fileName} holds no names`);
      return buildSummary({ ...check, dueWithinMonths: 12, lang, fileName, generatedAt: "2018-09-30 09:00" });
    },
  };
}

const wonXlsx = async () => fixtureToXlsx(wonFixture(buildSeedFixture(figures as SeedFigures)));

/** Three divisions' workbooks in a folder, checked as `report DIR` checks them, on one consolidated summary. */
async function folderBook(): Promise<SummaryBook> {
  const dir = mkdtempSync(join(tmpdir(), "budget-check-folder-"));
  mkdirSync(join(dir, "in"));
  const files = ["홍보전산과.xlsx", "정보통신과.xlsx", "총무과.xlsx"].map((name) => join(dir, "in", name));
  copyFileSync(SAMPLE, files[0]);
  copyFileSync(OFFICE_SAMPLE, files[1]);
  writeFileSync(files[2], await wonXlsx());
  const divisions: Division[] = [];
  for (const file of files) {
    const o = await checkFile({ file, today: SEED_DAY, lang: "ko", figures: true });
    const name = file.slice(join(dir, "in").length + 1);
    if (o.kind === "checked") {
      const { asOf, asOfSource, ruleSettings, findings, accepted } = o;
      divisions.push({ kind: "checked", file: name, link: `in/${name}`, asOf, asOfSource, rules: ruleSettings.overrides, findings, accepted, figures: o.figures! });
    } else if (o.kind === "failed") divisions.push({ kind: "unreadable", file: name, message: o.message });
  }
  return buildConsolidated({ divisions, lang: "ko", generatedAt: "2018-09-30 09:00" });
}

const VARIANTS: Readonly<Record<"sample" | "en" | "won" | "levels" | "folder", Variant>> = {
  sample: single("budget-check-sample.xlsx", "ko", "summary.png", () => openXlsxFile(SAMPLE)),
  en: single("budget-check-sample.xlsx", "en", "summary-en.png", () => openXlsxFile(SAMPLE)),
  won: single("budget-check-sample-won.xlsx", "ko", "summary-won.png", async () => openXlsxBuffer(await wonXlsx(), "budget-check-sample-won.xlsx")),
  levels: single("levelled-budget.xlsx", "ko", "levels-summary.png", async () => openXlsxBuffer(await levelledBudgetXlsx(), "levelled-budget.xlsx")),
  folder: { lang: "ko", picture: "consolidated-summary.png", book: folderBook },
};

function which(command: string): boolean {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The summary's sheets alone, in an otherwise empty workbook (LibreOffice prints every sheet, and the picture is
 * of ours), without their links, which LibreOffice would not wrap.
 */
async function summaryXlsx(variant: Variant): Promise<Uint8Array> {
  const book = await variant.book();
  const unlinked: SummaryBook = { sheets: book.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(({ link: _link, ...cell }) => cell) })) };
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("-");
  return (await writeSheetsIntoXlsx(new Uint8Array(await blank.xlsx.writeBuffer()), unlinked, { lang: variant.lang })).data;
}

interface Page {
  readonly width: number;
  readonly height: number;
  /** RGB, three bytes a pixel. */
  readonly rgb: Buffer;
}

/** A binary PPM (`P6`), as pdftoppm writes one by default. */
function readPpm(bytes: Buffer): Page {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString("latin1", 0, 40));
  if (header === null) throw new Error("pdftoppm wrote no binary PPM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, rgb: bytes.subarray(header[0].length, header[0].length + width * height * 3) };
}

const RULE = 6;
const RULE_GREY = 0xa0;

/** The pages top to bottom, each on a white ground as wide as the widest, a grey rule between them. */
function stackPages(pages: readonly Page[]): Buffer {
  const width = Math.max(...pages.map((p) => p.width));
  const height = pages.reduce((h, p) => h + p.height, 0) + RULE * (pages.length - 1);
  const rgba = new Uint8Array(width * height * 4).fill(255);
  let top = 0;
  pages.forEach((page, i) => {
    if (i > 0) {
      rgba.fill(RULE_GREY, top * width * 4, (top + RULE) * width * 4);
      for (let at = top * width * 4 + 3; at < (top + RULE) * width * 4; at += 4) rgba[at] = 255;
      top += RULE;
    }
    for (let y = 0; y < page.height; y++) {
      for (let x = 0; x < page.width; x++) {
        const from = (y * page.width + x) * 3;
        const to = ((top + y) * width + x) * 4;
        rgba[to] = page.rgb[from];
        rgba[to + 1] = page.rgb[from + 1];
        rgba[to + 2] = page.rgb[from + 2];
      }
    }
    top += page.height;
  });
  return encodePng(width, height, rgba);
}

/** Prints the workbook to PDF and stacks its pages into one PNG, a grey rule between pages. */
async function render(variant: Variant, out: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "budget-check-render-"));
  const xlsx = join(dir, "summary.xlsx");
  writeFileSync(xlsx, await summaryXlsx(variant));
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "ignore",
    timeout: 120_000,
  });
  execFileSync("pdftoppm", ["-r", "80", join(dir, "summary.pdf"), join(dir, "page")]);
  const pages = readdirSync(dir)
    .filter((f) => f.startsWith("page") && f.endsWith(".ppm"))
    .sort()
    .map((f) => readPpm(readFileSync(join(dir, f))));
  if (pages.length === 0) throw new Error("LibreOffice produced no page");
  writeFileSync(out, stackPages(pages));
  console.log(`Wrote ${out} (${pages.length} pages)`);
}

async function main(): Promise<void> {
  const missing = ["soffice", "pdftoppm"].filter((c) => !which(c));
  if (missing.length > 0) {
    console.error(`Not found: ${missing.join(", ")}. Install with: apt-get install libreoffice-calc-nogui fonts-nanum fonts-crosextra-carlito poppler-utils`);
    process.exit(2);
  }
  const [flag, ...rest] = process.argv.slice(2);
  if (flag === "--all") {
    for (const variant of Object.values(VARIANTS)) await render(variant, join(DOCS, variant.picture));
    return;
  }
  const flags: Readonly<Record<string, Variant>> = { "--en": VARIANTS.en, "--won": VARIANTS.won, "--levels": VARIANTS.levels, "--folder": VARIANTS.folder };
  const chosen = flags[flag] ?? VARIANTS.sample;
  const out = (chosen === VARIANTS.sample ? flag : rest[0]) ?? join(DOCS, chosen.picture);
  await render(chosen, resolve(out));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
