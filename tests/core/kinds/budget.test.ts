import figures from "../../../assets/seed/figures.json";
import type { CellValue } from "../../../src/core/grid";
import budget from "../../../src/core/kinds/budget";
import { gridOf, validateGrids } from "../../helpers/grid";

const unitProgram = figures.budgetByUnitProgram;
const seedRows = (): CellValue[][] => [unitProgram.header, unitProgram.total, ...unitProgram.rows] as CellValue[][];

describe("budget tables", () => {
  it("finds columns by header words in any order and the total row on top", () => {
    const table = budget.parse("Budget", gridOf(seedRows()));
    if (table?.kind !== "budget") throw new Error("not recognised");
    expect([table.itemCol, table.budgetCol, table.executedCol, table.rateCol]).toEqual([0, 1, 2, 3]);
    expect(table.rows.map((r) => r.kind)).toEqual(["total", "detail", "detail", "detail", "detail", "detail"]);
    const budgetTotal = table.totals.find((t) => t.col === 1)!;
    expect(budgetTotal.row).toBe(1);
    expect(budgetTotal.parts.map((p) => p.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it("validates the seed's budget with no findings at all", () => {
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(seedRows()) }]);
    expect(findings).toEqual([]);
  });

  it("reports a changed total at its cell, with the transposition hint", () => {
    const rows = seedRows();
    rows[1][1] = 4165473 + 90;
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(rows, { top: 2, sheet: "예산" }) }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "budget/total-mismatch", sheet: "예산", cell: "B4", severity: "error" });
    expect(findings[0].message).toBe("예산액 합계 4,165,563 ≠ 항목 합 4,165,473 (차이 90천원: 숫자 자리 바뀜 의심).");
  });

  it("takes columns in any order, English headers and units in brackets", () => {
    const rows: CellValue[][] = [
      ["Rate (%)", "Executed (천원)", "Program", "BUDGET"],
      [50, 50, "A", 100],
      [25, 25, "B", 100],
      [37.5, 75, "Total", 200],
    ];
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(rows) }], { lang: "en" });
    expect(findings).toEqual([]);
  });

  it("sums subtotals back to the previous subtotal and checks the total over all details", () => {
    const rows: CellValue[][] = [
      ["사업명", "예산액", "집행액"],
      ["가", 10, 5],
      ["나", 20, 5],
      ["소계", 30, 10],
      ["다", 5, 1],
      ["소계", 6, 1],
      ["합계", 35, 11],
    ];
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(rows) }]);
    expect(findings.map((f) => [f.rule, f.cell, f.data.stated, f.data.expected])).toEqual([
      ["budget/total-mismatch", "B6", 6, 5],
    ]);
  });

  it("cross-foots period columns against their 계 column", () => {
    const rows: CellValue[][] = [
      ["사업명", "1분기", "2분기", "3분기", "4분기", "계"],
      ["가", 1, 2, 3, 4, 10],
      ["나", 1, 1, 1, 1, 5],
      ["계", 2, 3, 4, 5, 15],
    ];
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(rows) }]);
    expect(findings.map((f) => [f.rule, f.cell, f.messageId])).toEqual([
      ["budget/total-mismatch", "F3", "across"],
      ["budget/total-mismatch", "F4", "across"],
    ]);
  });

  it("says which words it looked for when a budget range has no budget header", () => {
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf([["이름", "금액"], ["가", 1]]) }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "table/unrecognized", cell: "A1", severity: "error" });
    expect(findings[0].message).toContain("예산액");
  });
});
