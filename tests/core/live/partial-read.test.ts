/** Which rows of a register an edit makes the live re-check read, and when it must read the register whole. */
import type { CellValue, Grid } from "../../../src/core/grid";
import { parseTable } from "../../../src/core/kinds/parse";
import { rowsToRead } from "../../../src/core/live/partial-read";
import type { SheetRect } from "../../../src/core/names/reference";
import type { Subject } from "../../../src/core/subject";
import { gridOf } from "../../helpers/grid";

const HEADER = ["관리번호", "품명", "수량", "취득일자", "내용연수"];
const LOTS = 30;

/** A register on 장비!B3 (header on sheet row 3), lots below; `formulas` by grid row, in column C (수량). */
function register(formulas: Record<number, string> = {}, extra: Partial<Grid> = {}): Subject {
  const rows: CellValue[][] = [HEADER, ...Array.from({ length: LOTS }, (_, i) => [`NB-${i}`, "노트북", 1, 43000 + i, 5])];
  const grid = gridOf(rows, {
    name: "장비",
    sheet: "장비",
    top: 2,
    left: 1,
    formulas: rows.map((_, row) => HEADER.map((__, col) => (col === 2 ? (formulas[row] ?? null) : null))),
  });
  return parseTable("inventory", { ...grid, ...extra }, undefined);
}

const RANGE: SheetRect = { sheet: "장비", top: 2, left: 1, bottom: 2 + LOTS, right: 5 };
/** A sheet rectangle by A1-style bounds (1-based rows). */
const at = (top: number, left: number, bottom = top, right = left): SheetRect => ({ sheet: "장비", top: top - 1, left, bottom: bottom - 1, right });

describe("rowsToRead", () => {
  it("reads the edited rows across the register's columns, one rectangle per run of rows", () => {
    const read = rowsToRead(register(), [RANGE], [at(10, 3), at(11, 2, 11, 5), at(20, 4)]);
    expect(read?.rows).toEqual([7, 8, 17]);
    expect(read?.rects).toEqual([
      { sheet: "장비", top: 9, bottom: 10, left: 1, right: 5 },
      { sheet: "장비", top: 19, bottom: 19, left: 1, right: 5 },
    ]);
  });

  it("ignores edits that meet neither the range nor the rows above it", () => {
    expect(rowsToRead(register(), [RANGE], [at(10, 3), { ...at(5, 3), sheet: "예산" }, at(10, 9)])?.rows).toEqual([7]);
  });

  it("reads along every row whose formula reads other rows, a name, another sheet or a volatile function", () => {
    const subject = register({
      5: "=D8*E8", // its own row (grid row 5 is sheet row 8): not read along
      6: "=SUM(D9:D10)", // another row
      7: "=C10*단가", // a name
      8: "='기준'!B2", // another sheet
      9: "=IF(RAND()>D12,1,2)", // volatile
    });
    expect(rowsToRead(subject, [RANGE], [at(25, 3)])?.rows).toEqual([6, 7, 8, 9, 22]);
  });

  it("reads along a row whose formula reads a cell beside the grid, and not one summing cells of its own row", () => {
    const subject = register({ 5: "=SUM(D8:F8)", 6: "=H9*2" });
    expect(rowsToRead(subject, [RANGE], [at(25, 3)])?.rows).toEqual([6, 22]);
  });

  it("leaves to a whole read a register whose header holds a formula reading other cells", () => {
    expect(rowsToRead(register({ 0: "=기준!A1" }), [RANGE], [at(10, 3)])).toBeNull();
  });

  it("leaves to a whole read the header, the rows above it, cells past the grid, merged areas, a sparse grid, too many rows", () => {
    const edit = [at(10, 3)];
    expect(rowsToRead(register(), [RANGE], [at(3, 3)])).toBeNull();
    expect(rowsToRead(register(), [RANGE, at(1, 1, 2, 5)], [at(2, 3)])).toBeNull();
    expect(rowsToRead(register(), [{ ...RANGE, bottom: 100 }], [at(60, 3)])).toBeNull();
    expect(rowsToRead(register(), [{ ...RANGE, right: 9 }], [at(10, 8)])).toBeNull();
    expect(rowsToRead(register({}, { merges: [{ top: 5, left: 0, bottom: 6, right: 0 }] }), [RANGE], edit)).toBeNull();
    expect(rowsToRead(register({}, { sheetRows: Array.from({ length: LOTS + 1 }, (_, i) => 2 + i * 2) }), [RANGE], edit)).toBeNull();
    expect(rowsToRead(register(), [{ ...RANGE, bottom: 5000 }], [at(4, 3, 2000, 3)])).toBeNull();
  });

  it("leaves to a whole read a kind that does not read its rows one by one", () => {
    const budget = parseTable("budget", gridOf([["세부사업", "예산액"], ["교육", 10], ["계", 10]], { sheet: "장비", top: 2, left: 1 }));
    expect(rowsToRead(budget, [RANGE], [at(4, 2)])).toBeNull();
  });
});
