/**
 * Both summary writers draw a budget's program levels alike: each name's indent (the .xlsx writer's
 * `alignment/@indent`, Office.js's `format.indentLevel`), read back through both readers, and a parent's bold.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel } from "../../../src/fake-excel";
import { writeSummaryBook } from "../../../src/workbook/office";
import type { WorkbookSource } from "../../../src/workbook/port";
import { openXlsxBuffer, writeSheetsIntoXlsx } from "../../../src/workbook/xlsx";
import { levelledTable, summaryBookOfTable } from "../../helpers/levelled-table";
import { officeSource, supportsOf } from "./helpers";

const book = summaryBookOfTable(levelledTable());

async function blankXlsx(): Promise<Buffer> {
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("-");
  return Buffer.from(await blank.xlsx.writeBuffer());
}

async function summaryGrid(source: WorkbookSource): Promise<Grid> {
  const [grid] = await source.readRanges([{ name: "Summary", rect: { sheet: "요약", top: 0, left: 0, bottom: 200, right: 10 } }]);
  return grid;
}

async function writtenInExcel(options: { apiVersion?: string } = {}): Promise<FakeExcel> {
  const fake = createFakeExcel(await fakeWorkbookFromXlsx(await blankXlsx()), options);
  await writeSummaryBook(fake.run, book, { supports: supportsOf(fake) });
  return fake;
}

describe("a levelled budget's summary, written by both writers", () => {
  it("indents the same names as deep in the file as in Excel", async () => {
    const file = await summaryGrid(await openXlsxBuffer((await writeSheetsIntoXlsx(await blankXlsx(), book, { lang: "ko" })).data, "out.xlsx"));
    const excel = await summaryGrid(officeSource(await writtenInExcel()));
    const named = (grid: Grid) => (grid.indents ?? []).map((cell) => [grid.values[cell.row][cell.col], cell.level]);
    expect(named(file)).toEqual([
      ["정보시스템 운영", 1],
      ["유지보수", 2],
      ["교육", 2],
      ["정보통신망 운영", 1],
    ]);
    expect(named(excel)).toEqual(named(file));
  });

  it("sets a parent's name in bold in Excel", async () => {
    const fake = await writtenInExcel();
    const summary = fake.workbook.sheets.find((s) => s.name === "요약")!;
    const cellOf = (text: string) => Object.values(summary.cells).find((c) => c.value === text)!;
    expect(cellOf("정보화 추진").format?.font?.bold).toBe(true);
    expect(cellOf("유지보수").format?.font?.bold).toBeUndefined();
  });

  it("leaves the names unindented on a host without ExcelApi 1.9", async () => {
    const fake = await writtenInExcel({ apiVersion: "1.8" });
    const summary = fake.workbook.sheets.find((s) => s.name === "요약")!;
    expect(Object.values(summary.cells).some((c) => c.format?.indentLevel !== undefined)).toBe(false);
  });
});
