/**
 * The benchmark's workbooks: the sample's sheets and names (budget, projects, staff, useful lives, other
 * tables, the as-of date), with its inventory sheet replaced by `rows` generated lots. The big sheet goes
 * through ExcelJS's streaming writer, row by row, so that writing 100,000 lots takes seconds, not minutes.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import figures from "../../assets/seed/figures.json";
import { buildSeedFixture, INVENTORY_HEADER, SAMPLE_SHEETS } from "../sample/seed-workbook";
import { FIXTURE_TIMESTAMP, rangeRef, rewritePackage, writeFixtureSheet, type FixtureSheet, type WorkbookFixture } from "../sample/workbook-fixture";
import { INVENTORY_HEADER_ROW, lotCells } from "./lots";

/** The sample's fixture with the `Inventory` name over the generated lots and its sheet's lots left out. */
export function benchFixture(rows: number): WorkbookFixture {
  const seed = buildSeedFixture(figures);
  const lastColumn = String.fromCharCode(64 + INVENTORY_HEADER.length);
  const lastRow = INVENTORY_HEADER_ROW + 1 + rows;
  const headerOnly = (sheet: FixtureSheet): FixtureSheet => ({
    ...sheet,
    cells: Object.fromEntries(Object.entries(sheet.cells).filter(([a1]) => Number(/\d+$/.exec(a1)![0]) <= INVENTORY_HEADER_ROW + 1)),
  });
  return {
    sheets: seed.sheets.map((sheet) => (sheet.name === SAMPLE_SHEETS.inventory ? headerOnly(sheet) : sheet)),
    names: seed.names.map((n) =>
      n.name === "Inventory" ? { ...n, ref: rangeRef(SAMPLE_SHEETS.inventory, `A${INVENTORY_HEADER_ROW + 1}:${lastColumn}${lastRow}`) } : n,
    ),
  };
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Writes the benchmark workbook of `rows` lots to `path`; returns its size in bytes. */
export async function writeBenchWorkbook(path: string, rows: number): Promise<number> {
  const fixture = benchFixture(rows);
  // The streaming writer opens its file without making the folder (a fresh clone has no out/bench/).
  mkdirSync(dirname(path), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  writer.created = FIXTURE_TIMESTAMP;
  writer.modified = FIXTURE_TIMESTAMP;
  for (const sheet of fixture.sheets) {
    const worksheet = writer.addWorksheet(sheet.name);
    writeFixtureSheet(worksheet, sheet);
    if (sheet.name === SAMPLE_SHEETS.inventory) {
      // Bordered cells, as the sample's register: every cell carries a style, as in a real one.
      for (let i = 0; i < rows; i++) {
        const lot = lotCells(i);
        const row = worksheet.getRow(INVENTORY_HEADER_ROW + 2 + i);
        lot.values.forEach((value, c) => {
          const cell = row.getCell(c + 1);
          cell.value = value as ExcelJS.CellValue;
          cell.border = BORDER;
          if (lot.formats[c] !== "General") cell.numFmt = lot.formats[c];
        });
        row.commit();
      }
    }
    worksheet.commit();
  }
  await writer.commit();
  // The sample's names as written: sheet-scoped ones included, which ExcelJS cannot write.
  const data = await rewritePackage(readFileSync(path), fixture);
  writeFileSync(path, data);
  return data.length;
}
