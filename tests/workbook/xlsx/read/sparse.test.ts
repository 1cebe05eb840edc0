/**
 * A name over the whole sheet, whole columns or whole rows, with one value far from its table, costs what its
 * cells cost: the grid leaves the runs of empty rows and columns out (keeping the first few of each) and lists
 * the sheet row and column of each one it keeps, the table is checked as always, and the far value is a
 * table/far-cells warning at its true address. The grid's size is what is asserted, not time.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../../src/core/grid";
import { cellAddress, gridRect } from "../../../../src/core/grid-axes";
import type { SheetRect } from "../../../../src/core/names/reference";
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";
import { budgetRows, craftedXlsx } from "../../../hardening/crafted-xlsx";
import { run } from "../../../helpers/cli";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
const far = (ref: string, row: number, value = 1) => `<row r="${row}"><c r="${ref}"><v>${value}</v></c></row>`;
/** The budget table at A1:D21 (header and 20 rows, each within budget) and what else the sheet holds. */
const sheetWith = (extra: string, after?: string) => craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(20) + extra, after }], definedNames: '<definedName name="Budget">S!$A$1:$D$21</definedName>' });

async function readOne(data: Buffer, rect: Omit<SheetRect, "sheet">): Promise<Grid> {
  const source = await openXlsxBuffer(data, "t.xlsx");
  const [grid] = await source.readRanges([{ name: "Budget", rect: { sheet: "S", ...rect } }]);
  return grid;
}

let folder: string;
beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), "sparse-"))));
afterAll(() => rm(folder, { recursive: true, force: true }));

interface Answer {
  readonly code: number;
  readonly findings: { severity: string; rule: string; sheet: string; cell: string; message: string }[];
  readonly ranges: { name: string; range: string }[];
}

/** Validates a sheet S of `rows` with a Budget name over `name`, or with no names at all. */
async function validate(rows: string, name: string | null, ...options: string[]): Promise<Answer> {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.xlsx`);
  const definedNames = name === null ? undefined : `<definedName name="Budget">${name}</definedName>`;
  await writeFile(path, craftedXlsx({ sheets: [{ name: "S", rows }], definedNames }));
  const result = await run("validate", path, "--json", "--lang", "en", ...options);
  return { code: result.code, ...(JSON.parse(result.stdout[0]) as Omit<Answer, "code">) };
}

describe("the grid of a large, mostly empty rectangle", () => {
  it("of a whole sheet with one far cell: the table's rows and columns, eight of each empty run, the far cell", async () => {
    const grid = await readOne(sheetWith(far("XFD1048576", 1_048_576)), { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
    expect(grid.values).toHaveLength(21 + 8 + 1);
    expect(grid.values.every((row) => row.length === 4 + 8 + 1)).toBe(true);
    expect(grid.sheetRows).toEqual([...Array.from({ length: 29 }, (_, r) => r), LAST_ROW]);
    expect(grid.sheetCols).toEqual([...Array.from({ length: 12 }, (_, c) => c), LAST_COL]);
    expect(grid.values[29][12]).toBe(1);
    expect(cellAddress(grid, 29, 12)).toBe("XFD1048576");
    expect(grid.values[20]).toEqual(["사업20", 100, 50, 50, ...new Array(9).fill(null)]);
    expect(gridRect(grid)).toEqual({ top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
    expect(grid.numberFormats).toHaveLength(30);
    expect(grid.formulas).toHaveLength(30);
  });

  it("keeps the merged areas whose top-left cell it keeps, and leaves out one within a run of empty rows", async () => {
    const merges = '<mergeCells count="2"><mergeCell ref="C2:D3"/><mergeCell ref="A100:B200"/></mergeCells>';
    const grid = await readOne(sheetWith(far("XFD1048576", 1_048_576), merges), { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
    expect(grid.sheetRows).toBeDefined();
    expect(grid.merges).toEqual([{ top: 1, left: 2, bottom: 2, right: 3 }]);
  });

  it("of whole columns A:D with a far cell in D: every column kept, the rows between left out", async () => {
    const grid = await readOne(sheetWith(far("D1048576", 1_048_576)), { top: 0, left: 0, bottom: LAST_ROW, right: 3 });
    expect(grid.values).toHaveLength(30);
    expect(grid.sheetCols).toEqual([0, 1, 2, 3]);
    expect(grid.values[29]).toEqual([null, null, null, 1]);
  });

  it("of a merged area over the whole sheet: placed over the rows and columns kept", async () => {
    const grid = await readOne(sheetWith("", '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'), { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
    expect(grid.values).toHaveLength(21 + 8 + 1);
    expect(grid.sheetRows?.at(-1)).toBe(LAST_ROW);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 29, right: 12 }]);
    expect(gridRect(grid)).toEqual({ top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
  });

  it("holds a row with a value at A and one at XFD as two cells, not 16,384: 2,000 such rows under a whole-sheet name", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `<row r="${30 + i}"><c r="A${30 + i}"><v>${i}</v></c><c r="XFD${30 + i}"><v>1</v></c></row>`);
    const grid = await readOne(sheetWith(rows.join("")), { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
    expect([grid.values.length, grid.values[0].length]).toEqual([21 + 8 + 2_000, 13]);
    expect(grid.values[29]).toEqual([0, ...new Array(11).fill(null), 1]);
    expect(cellAddress(grid, 2_028, 12)).toBe("XFD2029");
  });

  it("places a far cell in a dense grid too, its formula in its own row only", async () => {
    const farFormula = '<row r="30"><c r="XFD30"><f>SUM(B2:B3)</f><v>200</v></c></row>';
    const grid = await readOne(sheetWith(farFormula), { top: 0, left: 0, bottom: 39, right: LAST_COL });
    expect(grid.sheetRows).toBeUndefined();
    expect([grid.values.length, grid.values[0].length]).toEqual([30, 16_384]);
    expect([grid.values[29][LAST_COL], grid.formulas?.[29][LAST_COL], grid.formulas?.[28][LAST_COL]]).toEqual([200, "=SUM(B2:B3)", null]);
  });

  it("stays dense under a million cells, as every grid was read before (A1:D240000, one far cell)", async () => {
    const grid = await readOne(sheetWith(far("D240000", 240_000)), { top: 0, left: 0, bottom: 239_999, right: 3 });
    expect(grid.values).toHaveLength(240_000);
    expect(grid.sheetRows).toBeUndefined();
    expect(grid.sheetCols).toBeUndefined();
  });
});

describe("validating a name with one far cell", () => {
  const table = budgetRows(20);

  it("over the whole sheet: the table checked, the far cell a warning at XFD1048576 (exit 0)", async () => {
    for (const name of ["S!$1:$1048576", "S!$A:$XFD"]) {
      const answer = await validate(table + far("XFD1048576", 1_048_576), name);
      expect(answer.code).toBe(0);
      expect(answer.ranges).toEqual([expect.objectContaining({ name: "Budget", range: "A1:XFD1048576" })]);
      expect(answer.findings.map((f) => [f.severity, f.rule, f.sheet, f.cell])).toEqual([["warning", "table/far-cells", "S", "XFD1048576"]]);
      expect(answer.findings[0].message).toContain("far from the table (A1:D21)");
    }
  });

  it("over whole columns A:D: the far amount is checked as a row of the table and named at D1048576", async () => {
    const answer = await validate(table + far("C1048576", 1_048_576, 70), "S!$A:$D");
    expect(answer.code).toBe(1);
    expect(answer.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([
      ["error", "budget/over-executed", "C1048576"],
      ["warning", "table/far-cells", "C1048576"],
    ]);
  });

  it("over whole rows 1:100: the far cell at XFD100", async () => {
    const answer = await validate(table + far("XFD100", 100), "S!$1:$100");
    expect(answer.code).toBe(0);
    expect(answer.findings.map((f) => [f.rule, f.cell])).toEqual([["table/far-cells", "XFD100"]]);
  });

  it("with no name, finds the table by its header on a sheet whose used area is the whole sheet, its findings where its cells are", async () => {
    const wrong = budgetRows(20).replace('<c r="C5"><v>50</v></c>', '<c r="C5"><v>500</v></c>');
    const answer = await validate(`${wrong}${far("XFD1048576", 1_048_576)}`, null);
    expect(answer.code).toBe(1);
    expect(answer.ranges).toEqual([expect.objectContaining({ range: "A1:D21", detected: true })]);
    expect(answer.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["workbook/detected-table", "A1"],
      ["budget/over-executed", "C5"],
      ["budget/rate-mismatch", "D5"],
    ]);
  });
});
