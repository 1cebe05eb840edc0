import type { CellValue } from "../../../src/core/grid";
import { formulaReferences } from "../../../src/core/formulas/references";
import { gridOf, validateGrids } from "../../helpers/grid";

const rows = (): CellValue[][] => [
  ["사업명", "예산액", "집행액"],
  ["계", 60, 30],
  ["가", 10, 5],
  ["나", 20, 10],
  ["다", 30, 15],
];
const formulas = (budget: string, executed = "=SUM(C3:C5)"): (string | null)[][] => [
  [null, null, null],
  [null, budget, executed],
  [null, null, null],
  [null, null, null],
  [null, null, null],
];

describe("formulas of totals", () => {
  it("parses the references of a formula and tells a plain sum", () => {
    expect(formulaReferences("=SUM($B$3:$B$5)")).toEqual({
      areas: [{ sheet: undefined, top: 2, left: 1, bottom: 4, right: 1 }],
      sumOnly: true,
    });
    expect(formulaReferences("=B3+B4+'My sheet'!B5").areas.map((a) => a.sheet)).toEqual([undefined, undefined, "My sheet"]);
    expect(formulaReferences("=SUBTOTAL(9,B3:B5)").sumOnly).toBe(true);
    expect(formulaReferences("=ROUND(C2/B2*100,1)").sumOnly).toBe(false);
    expect(formulaReferences('=LOG10(B3)&"A1"').areas).toHaveLength(1);
  });

  it("accepts a SUM over exactly the detail rows, or a sum of the same cells one by one", () => {
    for (const budget of ["=SUM(B3:B5)", "=B3+B4+B5", "=SUM(B3,B4:B5)"]) {
      const grid = gridOf(rows(), { formulas: formulas(budget) });
      expect(validateGrids([{ kind: "budget", grid }]).findings).toEqual([]);
    }
  });

  it("warns when a SUM leaves out a detail row, even though the numbers agree today", () => {
    const values = rows();
    values[1][1] = 30; // what SUM(B3:B4) shows
    values[4][1] = 0;
    values[4][2] = 0;
    values[1][2] = 15;
    const grid = gridOf(values, { formulas: formulas("=SUM(B3:B4)") });
    const findings = validateGrids([{ kind: "budget", grid }]).findings;
    expect(findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([["table/formula-range", "B2", "warning"]]);
    expect(findings[0].message).toBe("합계 수식 =SUM(B3:B4)의 범위가 항목과 다릅니다 (빠진 셀: B5; 더 들어간 셀: -).");
  });

  it("catches a SUM over a number stored as text: the text cell, and the total Excel shows short", () => {
    const values = rows();
    values[3][1] = "20"; // Excel's SUM skips it...
    values[1][1] = 40; // ...so the cached total is 20 short
    const grid = gridOf(values, { formulas: formulas("=SUM(B3:B5)"), sheet: "예산" });
    const findings = validateGrids([{ kind: "budget", grid }]).findings;
    expect(findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ["budget/total-mismatch", "B2", "error"],
      ["cell/number-as-text", "B4", "warning"],
    ]);
    expect(findings[1].message).toContain("B2의 수식이 이 값을 빼고 계산합니다");
  });

  it("takes a number stored as text outside any formula as info", () => {
    const values = rows();
    values[3][1] = "20";
    const findings = validateGrids([{ kind: "budget", grid: gridOf(values) }]).findings;
    expect(findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([["cell/number-as-text", "B4", "info"]]);
  });
});
