/** Which formulas may read cells outside their range, and which checked ranges an edit anywhere re-checks. */
import type { CellValue } from "../../../src/core/grid";
import type { Table } from "../../../src/core/kinds";
import { parseTable } from "../../../src/core/kinds/parse";
import { areasRead, formulaReach } from "../../../src/core/live/formula-reach";
import { outwardRanges } from "../../../src/core/live/outward-ranges";
import type { ReadPlan } from "../../../src/core/names/plan";
import type { DetectedTable } from "../../../src/core/detect/detect-tables";
import { gridOf } from "../../helpers/grid";

/** A budget on 예산!A3:C6 (sheet rows 3–6): header, total row, two items; `total` is the 계 row's 예산액 formula. */
function budget(total: string | null, name = "Budget") {
  const rows: CellValue[][] = [["세부사업", "예산액", "집행액"], ["계", 30, 20], ["교육", 10, 5], ["홍보", 20, 15]];
  const formulas = rows.map((_, row) => [null, row === 1 ? total : null, row === 1 ? "=SUM(C5:C6)" : null]);
  return parseTable("budget", gridOf(rows, { name, sheet: "예산", top: 2, left: 0, formulas })) as Table;
}

const plan = (...reads: [string, "budget" | "asOf"][]): ReadPlan => ({
  reads: reads.map(([name, kind]) => ({ name, kind, rect: { sheet: "예산", top: 2, left: 0, bottom: 5, right: 2 } })),
  broken: [],
});

describe("areasRead: the cells of its own sheet a formula reads, or null when it may read anything else", () => {
  it.each([
    ["=SUM(B5:B6)", [{ top: 4, left: 1, bottom: 5, right: 1 }]],
    ["=ROUND(C4/B4*100,1)", [{ top: 3, left: 2, bottom: 3, right: 2 }, { top: 3, left: 1, bottom: 3, right: 1 }]],
    ['=IF(B5=0,"-",INDEX(B5:B9,2))', [{ top: 4, left: 1, bottom: 4, right: 1 }, { top: 4, left: 1, bottom: 8, right: 1 }]],
    // The clock is no cell an edit changes: a 기준일 of =TODAY() must not send every edit to a whole validation.
    ["=TODAY()", []],
    ["=IF(NOW()>D12,1,2)", [{ top: 11, left: 3, bottom: 11, right: 3 }]],
  ])("%s reads its own sheet's cells", (formula, areas) => {
    expect(areasRead(formula)).toEqual(areas);
  });

  it.each([
    ["another sheet", "=상세!C20"],
    ["another sheet, quoted", "='사업별 예산'!B4+1"],
    ["another workbook", "=[1]Sheet1!A1"],
    ["a defined name", "=B5*단가"],
    ["a table's column", "=SUM(Table1[금액])"],
    ["a whole column", "=SUM(B:B)"],
    ["a spilled range", "=SUM(B5#)"],
    ["INDIRECT", '=INDIRECT("B"&D1)'],
    ["OFFSET", "=SUM(OFFSET(B5,0,0,2,1))"],
    ["a volatile function", "=RAND()*B5"],
    ["a pivot table", '=GETPIVOTDATA("금액",A3)'],
    ["an error literal", "=#REF!+1"],
  ])("%s: null", (_, formula) => {
    expect(areasRead(formula)).toBeNull();
  });
});

describe("formulaReach", () => {
  it("tells rows reading other rows from rows reading outside the grid", () => {
    const { grid } = budget("=상세!C20");
    expect(formulaReach(grid)).toEqual({ rowsReadingOthers: [1], readsOutside: true });
    expect(formulaReach(budget("=SUM(B5:B6)").grid)).toEqual({ rowsReadingOthers: [1], readsOutside: false });
  });

  it("counts a cell beside the grid in a formula's own row as outside, and outside the grid", () => {
    expect(formulaReach(budget("=E4").grid)).toEqual({ rowsReadingOthers: [1], readsOutside: true });
  });
});

describe("outwardRanges: the ranges an edit anywhere re-checks", () => {
  it("none when every formula reads cells of its own range", () => {
    expect(outwardRanges(plan(["Budget", "budget"]), [budget("=SUM(B5:B6)")], [])).toEqual({ kind: "none" });
  });

  it("the ranges holding a formula that may read outside them, in the plan's order", () => {
    const reads = plan(["Budget", "budget"], ["Other", "budget"]);
    const outward = outwardRanges(reads, [budget("=SUM(B5:B6)"), budget("=상세!C20", "Other")], []);
    expect(outward).toEqual({ kind: "ranges", reads: [reads.reads[1]] });
  });

  it("the whole workbook when a range every table reads, or a table found by its header words, reads outside", () => {
    // The plan says what kind a range is.
    expect(outwardRanges(plan(["AsOfDate", "asOf"]), [budget("=개요!B5", "AsOfDate")], [])).toEqual({ kind: "revalidate" });
    const found: DetectedTable = { kind: "budget", rect: { sheet: "예산", top: 2, left: 0, bottom: 5, right: 2 }, table: budget('=INDIRECT("A1")', "예산!A3:C6"), headerWords: [] };
    expect(outwardRanges(plan(), [found.table], [found])).toEqual({ kind: "revalidate" });
  });
});
