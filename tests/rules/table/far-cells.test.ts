/**
 * table/far-cells: a value far from its table in a name's range (a name over whole columns or the whole sheet,
 * one stray value at the bottom) is a warning at its own cell, the same from a dense grid as from a sparse one.
 */
import { setCell, setName } from "../../../scripts/sample/workbook-fixture";
import type { CellValue, Grid } from "../../../src/core/grid";
import { planReads } from "../../../src/core/names/plan";
import { defaultOptions } from "../../../src/core/options";
import { subjectsOf, validateSubjects } from "../../../src/core/validate";
import { checkXlsx, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "table/far-cells";
const SHEET = "기타";
const HEADER: CellValue[] = ["구분", "1분기", "계"];
const TABLE: CellValue[][] = [HEADER, ["가", 1, 1], ["나", 2, 2], ["계", 3, 3]];
const empty = (width: number): CellValue[] => new Array<CellValue>(width).fill(null);

function check(grid: Grid, lang: "ko" | "en" = "en") {
  const plan = planReads([{ name: "Table_a", formula: `'${SHEET}'!$A:$XFD` }], [SHEET], []);
  const subjects = subjectsOf(plan, [grid]);
  return validateSubjects(subjects, { ...defaultOptions({ year: 2018, month: 9, day: 30 }), lang }).findings.filter((f) => f.rule === RULE);
}

/** The table at A1, then `rows` rows in all, with `far` values placed at grid positions. */
function denseGrid(rows: number, cols: number, far: readonly [number, number, CellValue][]): Grid {
  const values = Array.from({ length: rows }, (_, r) => (r < TABLE.length ? [...TABLE[r], ...empty(cols - 3)] : empty(cols)));
  for (const [r, c, value] of far) values[r][c] = value;
  return { name: "Table_a", sheet: SHEET, top: 0, left: 0, values };
}

describe(RULE, () => {
  it("warns at a value 1,000 empty rows below the table, naming it, the table and how many", () => {
    const findings = check(denseGrid(1_005, 3, [[1_004, 1, 7]]));
    expect(findings.map(({ severity, cell, message }) => ({ severity, cell, message }))).toEqual([
      {
        severity: "warning",
        cell: "B1005",
        message: "In the range of Table_a, B1005 holds a value far from the table (A1:C4) (cells like it: 1). Delete it if it was typed by mistake, or else fit the name to the table.",
      },
    ]);
  });

  it("leaves a value 999 empty rows below alone: it belongs to the table's block", () => {
    expect(check(denseGrid(1_004, 3, [[1_003, 1, 7]]))).toEqual([]);
  });

  it("warns at a value 100 empty columns right of the table, in Korean too", () => {
    const findings = check(denseGrid(4, 104, [[2, 103, "메모"]]), "ko");
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["CZ3", "이름 Table_a의 범위에서 CZ3의 값은 표(A1:C4)와 멀리 떨어져 있습니다 (이런 셀 1개). 잘못 입력한 값이면 지우고, 아니면 이름의 범위를 표에 맞게 고치십시오."],
    ]);
  });

  it("counts every far value and names the first in reading order; blank text is no value", () => {
    const findings = check(denseGrid(1_100, 3, [[1_090, 2, 1], [1_050, 0, "x"], [1_060, 1, " "]]));
    expect(findings.map((f) => [f.cell, f.data.count])).toEqual([["A1051", 2]]);
  });

  it("looks beside the table on its own rows, left and right, as well as below it, in reading order", () => {
    // The table in columns 101 to 103: column A is 100 empty columns away on the left.
    const values = Array.from({ length: 1_101 }, (_, r) => [...empty(101), ...(r < TABLE.length ? TABLE[r] : empty(3)), ...empty(106)]);
    values[2][0] = "왼쪽";
    values[1][207] = 5;
    values[1_100][102] = 9;
    const findings = check({ name: "Table_a", sheet: SHEET, top: 0, left: 0, values });
    expect(findings.map((f) => [f.cell, f.data.count, f.data.table])).toEqual([["GZ2", 3, "CX1:CZ4"]]);
  });

  it("reads a sparse grid as the dense one it stands for: the far cell at its true address", () => {
    const values = [...TABLE.map((row) => [...row, null]), empty(4), [null, null, null, 1]];
    const sparse: Grid = { name: "Table_a", sheet: SHEET, top: 0, left: 0, values, sheetRows: [0, 1, 2, 3, 4, 1_048_575], sheetCols: [0, 1, 2, 16_383] };
    expect(check(sparse).map((f) => [f.cell, f.data.table])).toEqual([["XFD1048576", "A1:C4"]]);
  });

  it("reports a stray value under the sample's register named by whole columns, at its true cell, read sparse", async () => {
    const { inventory } = SAMPLE_SHEETS;
    const xlsx = await plantedXlsx((f) => setCell(setName(f, "Inventory", `'${inventory}'!$A:$J`), inventory, "J1048576", "정보통신과"));
    const findings = await checkXlsx(xlsx, { lang: "en" });
    expect(findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.name, f.sheet, f.cell])).toEqual([["warning", "Inventory", inventory, "J1048576"]]);
    // As a dense grid would, the register reads the stray row as a lot, with what it lacks named at its cells.
    expect(findings.filter((f) => f.cell.endsWith("1048576")).map((f) => [f.rule, f.cell])).toEqual([
      ["inventory/bad-quantity", "D1048576"],
      ["inventory/missing-date", "F1048576"],
      ["inventory/unknown-life", "G1048576"],
      [RULE, "J1048576"],
    ]);
  });
});
