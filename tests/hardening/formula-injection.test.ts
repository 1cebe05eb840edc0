/**
 * Formula injection (DESIGN.md, "Non-negotiables"): workbook text that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return stays text in both writers: a string without `<f>` in the .xlsx, a text value without a formula
 * on the fake host, showing exactly the text the summary was given.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import type { SheetSpec, SummaryBook } from "../../src/core/summary/sheet-spec";
import { createFakeExcel, displayText, fakeWorkbookFromXlsx, fakeWorkbookOf, type FakeCell, type FakeSheet } from "../../src/fake-excel";
import { writeSummaryBook } from "../../src/workbook/office";
import { writeSheetsIntoXlsx } from "../../src/workbook/xlsx";
import { addinOn, paneSettings } from "../helpers/addin";
import { run } from "../helpers/cli";
import { plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";
import { xmlCellsOf, type XmlCell } from "../helpers/workbook-snapshots";
import { supportsOf } from "../workbook/office/helpers";
import { findingsSpec } from "../workbook/xlsx/write/book";

const { projects, inventory } = SAMPLE_SHEETS;

/** What a summary cell shows in each writer's output. */
function expectText(where: string, xlsx: XmlCell | undefined, fake: FakeCell | undefined, text: string): void {
  expect({ where, type: xlsx?.type, formula: xlsx?.formula, text: xlsx?.text }).toEqual({ where, type: "inlineStr", formula: undefined, text });
  expect({ where, value: fake?.value, formula: fake?.formula, shown: displayText(fake?.value, fake?.numberFormat) }).toEqual({ where, value: text, formula: undefined, shown: text });
}

/**
 * Labels planted in the sample where the summary repeats them: program names, a lot's id, category and
 * description, and an unknown category that a finding quotes after the lot's id. `shown` is the text the
 * summary gives: the core trims the leading tab or carriage return off a label, as it normalises every label.
 */
const PLANTED = [
  { sheet: projects, cell: "A4", input: "=1+1", shown: "=1+1" },
  { sheet: projects, cell: "A5", input: "+82 2 1234 5678", shown: "+82 2 1234 5678" },
  { sheet: projects, cell: "A6", input: "-홍보 사업", shown: "-홍보 사업" },
  { sheet: projects, cell: "A7", input: "@SUM(B4:B5)", shown: "@SUM(B4:B5)" },
  { sheet: projects, cell: "A8", input: '\t=HYPERLINK("http://example.com","클릭")', shown: '=HYPERLINK("http://example.com","클릭")' },
  { sheet: projects, cell: "A9", input: "\r-1", shown: "-1" },
  { sheet: inventory, cell: "A11", input: "=cmd|' /C calc'!A0", shown: "=cmd|' /C calc'!A0" },
  { sheet: inventory, cell: "B11", input: "+서버", shown: "+서버" },
  { sheet: inventory, cell: "C11", input: "-백업 서버", shown: "-백업 서버" },
  { sheet: inventory, cell: "A17", input: "@ST-2010-01", shown: "@ST-2010-01" },
  { sheet: inventory, cell: "C17", input: "\t=설명", shown: "=설명" },
  { sheet: inventory, cell: "C20", input: "\r+설명", shown: "+설명" },
  { sheet: inventory, cell: "A5", input: '=HYPERLINK("x")', shown: `=HYPERLINK("x"): 분류 '=없는 분류'` },
  { sheet: inventory, cell: "B5", input: "=없는 분류", shown: `=HYPERLINK("x"): 분류 '=없는 분류'` },
] as const;

/** No formula either writer puts in the summary may carry any of the planted text. */
const PLANTED_TEXT = /HYPERLINK|cmd\||82 2|홍보|서버|설명|분류|@/;

describe("labels from the workbook, through the CLI and the add-in", () => {
  let dir: string;
  let xlsxCells: Record<string, Record<string, XmlCell>>;
  let fakeSheets: FakeSheet[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "budget-check-injection-"));
    const bytes = await plantedXlsx((f) => {
      for (const { sheet, cell, input } of PLANTED) patchCell(f, sheet, cell, { value: input });
      patchCell(f, inventory, "G11", { value: 7 }); // its new category is in no UsefulLife row: the lot keeps its life
    });
    const input = join(dir, "planted.xlsx");
    const out = join(dir, "out.xlsx");
    await writeFile(input, bytes);
    expect((await run("report", input, "-o", out)).stderr).toEqual([]);
    const written = await readFile(out);

    const fake = createFakeExcel(await fakeWorkbookFromXlsx(bytes));
    const before = new Set(fake.workbook.sheets.map((s) => s.name));
    expect((await addinOn(fake, "planted.xlsx").generateSummary(paneSettings("ko"), "ko")).kind).toBe("written");
    fakeSheets = fake.workbook.sheets.filter((s) => !before.has(s.name));
    xlsxCells = {};
    for (const sheet of fakeSheets) xlsxCells[sheet.name] = await xmlCellsOf(written, sheet.name);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(PLANTED.map((p) => [`${p.sheet}!${p.cell}`, JSON.stringify(p.input), p.shown] as const))("%s %s shows as the text %s", (_, __, shown) => {
    const found = fakeSheets.flatMap((sheet) =>
      Object.entries(sheet.cells)
        .filter(([, cell]) => typeof cell.value === "string" && cell.value.startsWith(shown))
        .map(([address, cell]) => ({ where: `${sheet.name}!${address}`, fake: cell, xlsx: xlsxCells[sheet.name][address] })),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { where, fake, xlsx } of found) expectText(where, xlsx, fake, fake.value as string);
  });

  it("every text cell is text in both outputs, the same text; no formula holds workbook text", () => {
    for (const sheet of fakeSheets) {
      const file = xlsxCells[sheet.name];
      const addresses = new Set([...Object.keys(file), ...Object.keys(sheet.cells)]);
      for (const address of addresses) {
        const [xlsx, fake] = [file[address], sheet.cells[address]];
        const where = `${sheet.name}!${address}`;
        if (typeof fake?.value === "string" && fake.formula === undefined) expectText(where, xlsx, fake, fake.value);
        else expect({ where, fileFormula: xlsx?.formula !== undefined, fakeFormula: fake?.formula !== undefined }).toEqual({ where, fileFormula: fake?.formula !== undefined, fakeFormula: xlsx?.formula !== undefined });
        if (fake?.formula !== undefined) expect({ where, formula: fake.formula }).not.toEqual({ where, formula: expect.stringMatching(PLANTED_TEXT) });
      }
    }
  });
});

describe("the writers, given such text", () => {
  let base: Buffer;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "source";
    base = Buffer.from(await workbook.xlsx.writeBuffer());
  });

  /** A summary of one column of texts, written by both writers; the cells each holds, by text, in row order. */
  async function writeBoth(texts: readonly string[]): Promise<{ xlsx: XmlCell[]; fake: FakeCell[] }> {
    const sheet: SheetSpec = {
      ...findingsSpec("요약"),
      role: "summary",
      cells: texts.map((text, row) => ({ row, col: 0, content: { text } })),
      styles: {},
      columnWidths: [],
    };
    const book: SummaryBook = { sheets: [sheet] };
    const file = await xmlCellsOf((await writeSheetsIntoXlsx(base, book, { lang: "ko" })).data, "요약");
    const fake = createFakeExcel(fakeWorkbookOf({ Sheet1: { A1: "source" } }));
    await writeSummaryBook(fake.run, book, { supports: supportsOf(fake) });
    const summary = fake.workbook.sheets.find((s) => s.name === "요약")!;
    return { xlsx: texts.map((_, row) => file[`A${row + 1}`]), fake: texts.map((_, row) => summary.cells[`A${row + 1}`]) };
  }

  async function expectAllText(texts: readonly string[]): Promise<void> {
    const { xlsx, fake } = await writeBoth(texts);
    texts.forEach((text, i) => expectText(JSON.stringify(text), xlsx[i], fake[i], text));
  }

  it("keep text that reads as a formula, a number, an error or a boolean, leading tab and carriage return included", () =>
    expectAllText([
      "=1+1", "=", "+", "-", "@", "+82 2", "-3", "@SUM(A1)", "=HYPERLINK(\"http://example.com\")", "=cmd|' /C calc'!A0",
      "\t=1+1", "\r=1+1", "\t-3", "\r+1", "\t@x", "\t#N/A", "\r TRUE", "\t2018-05-30", "\t", "\r", "\r\n=1", "-\t1",
      "'=1", "=\u0007bell", "@_x0041_",
    ]));

  it("keep any text that starts with = + - @, a tab or a carriage return", async () => {
    const leading = fc.constantFrom("=", "+", "-", "@", "\t", "\r");
    const rest = fc.oneof(fc.string({ maxLength: 20, unit: "binary" }), fc.stringMatching(/^[-+=@\t\r ]?[\d.,:/%()#A-Z!$ ]{0,12}$/));
    const text = fc.tuple(leading, rest).map(([first, more]) => first + more);
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), expectAllText), { numRuns: 60 });
  }, 60_000);
});
