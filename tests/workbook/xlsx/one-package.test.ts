/** A command that reads a file and writes a copy opens its package once, and the copy is the same either way. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EMPTY_RECORD, type WorkbookRecord } from "../../../src/core/stamp/record";
import { readRecordFromXlsx, writeRecordIntoXlsx, writeSheetsIntoXlsx, XlsxPackage, xlsxSource } from "../../../src/workbook/xlsx";
import { book } from "./write/book";

const SAMPLE = readFileSync(join(__dirname, "../../../assets/samples/budget-check-sample.xlsx"));

const RECORD: WorkbookRecord = {
  stamp: null,
  accepted: [{ rule: "budget/total-mismatch", sheet: "예산", cell: "B4", key: "k", reason: "승인", when: "2018-09-30T00:00:00.000Z" }],
};

describe("one package for reading and writing", () => {
  it("reads the ranges, then writes the summary into the package read, as into its bytes", async () => {
    const pkg = XlsxPackage.open(SAMPLE, "sample.xlsx");
    const outline = await xlsxSource(pkg).outline();
    expect(outline.sheets).toContain("예산");
    const fromPackage = await writeSheetsIntoXlsx(pkg, book(), { lang: "ko" });
    const fromBytes = await writeSheetsIntoXlsx(SAMPLE, book(), { lang: "ko" });
    expect(fromPackage.data.equals(fromBytes.data)).toBe(true);
    expect(pkg.text("xl/workbook.xml")).toBe(XlsxPackage.open(SAMPLE, "again.xlsx").text("xl/workbook.xml"));
  });

  it("reads the record of the package read, and writes one into a copy of it", async () => {
    const pkg = XlsxPackage.open(SAMPLE, "sample.xlsx");
    expect(await readRecordFromXlsx(pkg)).toEqual(EMPTY_RECORD);
    const stamped = await writeRecordIntoXlsx(pkg, RECORD);
    expect(await readRecordFromXlsx(stamped)).toEqual(RECORD);
    expect(await readRecordFromXlsx(pkg)).toEqual(EMPTY_RECORD);
  });
});
