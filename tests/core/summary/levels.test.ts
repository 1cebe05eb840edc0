/**
 * The budget section of a budget with program levels (정책사업 > 단위사업 > 세부사업): names indented by level,
 * parents in bold, a parent's amounts the sum of its children's cells, the total row over the top level only.
 */
import { a1 } from "../../../src/core/address";
import { parseTable } from "../../../src/core/kinds/parse";
import { divisionFigures } from "../../../src/core/summary/division";
import type { CellContent, SheetSpec } from "../../../src/core/summary/sheet-spec";
import type { BudgetTable } from "../../../src/core/tables/types";
import { gridOf } from "../../helpers/grid";
import { LEVELLED_FACTS, levelledTable, PROGRAMS, summaryOf } from "../../helpers/levelled-table";

const cellAt = (sheet: SheetSpec, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)!;
const rowOf = (sheet: SheetSpec, text: string) => sheet.cells.find((c) => "text" in c.content && c.content.text === text)!.row;

describe("the budget section of a budget with levels", () => {
  const table = levelledTable();
  const sheet = summaryOf(table);
  const top = rowOf(sheet, "정보화 추진");

  it("indents each name by its level and sets parents in bold", () => {
    const style = (name: string) => sheet.styles[cellAt(sheet, rowOf(sheet, name), 0).style!];
    expect(style("정보화 추진")).toMatchObject({ bold: true });
    expect(style("정보화 추진").indent).toBeUndefined();
    expect(style("정보시스템 운영")).toMatchObject({ bold: true, indent: 1, horizontal: "left" });
    expect(style("유지보수")).toMatchObject({ indent: 2 });
    expect(style("유지보수").bold).toBeUndefined();
    expect(style("기본경비").indent).toBeUndefined();
  });

  it("sums each parent's amounts over its children's cells, contiguous or not", () => {
    expect(cellAt(sheet, top + 1, 1).content).toEqual({ formula: `SUM(${a1(top + 2, 1)}:${a1(top + 3, 1)})`, result: 400 });
    // 정보화 추진's children, 정보시스템 운영 and 정보통신망 운영, have 세부사업 rows between them.
    expect(cellAt(sheet, top, 1).content).toEqual({ formula: `${a1(top + 1, 1)}+${a1(top + 4, 1)}`, result: 1000 });
    expect(cellAt(sheet, top, 2).content).toEqual({ formula: `${a1(top + 1, 2)}+${a1(top + 4, 2)}`, result: 800 });
    expect(sheet.styles[cellAt(sheet, top, 1).style!]).toMatchObject({ bold: true });
    expect(cellAt(sheet, top + 2, 1).content).toEqual<CellContent>({ number: 250 });
  });

  it("totals the top level only", () => {
    const total = rowOf(sheet, "계");
    expect(total).toBe(top + PROGRAMS.length);
    expect(cellAt(sheet, total, 1).content).toEqual({ formula: `${a1(top, 1)}+${a1(top + 5, 1)}`, result: 1090 });
    expect(cellAt(sheet, total, 3).content).toEqual({ formula: `${a1(top, 3)}+${a1(top + 5, 3)}`, result: 230 });
  });

  it("counts a division's budget from the detail lines alone", () => {
    expect(divisionFigures([table], LEVELLED_FACTS, 12).budget).toEqual({ budget: 1090, executed: 860 });
  });

  it("writes a table without levels as before: every line a detail, the total one SUM", () => {
    const flat = summaryOf(parseTable("budget", gridOf([["사업명", "예산액", "집행액"], ["가", 10, 5], ["나", 20, 5], ["계", 30, 10]])) as BudgetTable);
    const first = rowOf(flat, "가");
    expect(cellAt(flat, first + 2, 1).content).toEqual({ formula: `SUM(${a1(first, 1)}:${a1(first + 1, 1)})`, result: 30 });
    expect(cellAt(flat, first, 0).style).toBe("label");
  });
});
