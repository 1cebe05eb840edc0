import { displayText } from "../../src/fake-excel";
import { evaluateFormula } from "../../src/fake-excel/formula";
import type { FakeValue } from "../../src/fake-excel";

const CELLS: Record<string, FakeValue> = { "0,1": 100, "1,1": 250, "2,1": "x", "0,2": 60, "1,2": 0 };
const lookup = (sheet: string | undefined, row: number, col: number) => (sheet === "Other" ? 7 : CELLS[`${row},${col}`]);

describe("the fake's calculator for written formulas", () => {
  it("adds ranges, divides, compares and chooses as the summary's formulas do", () => {
    expect(evaluateFormula("=SUM(B1:B3)", lookup)).toBe(350); // text in a range is skipped
    expect(evaluateFormula("=B1-C1", lookup)).toBe(40);
    expect(evaluateFormula("=IF(B1=0,0,C1/B1)", lookup)).toBe(0.6);
    expect(evaluateFormula("=ROUND(C1/B2*100,1)", lookup)).toBe(24);
    expect(evaluateFormula("=Other!A1*2+'Other'!B2", lookup)).toBe(21);
    expect(evaluateFormula('="a"&"b"', lookup)).toBe("ab");
    expect(evaluateFormula("=-B1^2", lookup)).toBe(10000); // in Excel, negation binds before ^
  });

  it("gives Excel's error values", () => {
    expect(evaluateFormula("=C1/C2", lookup)).toEqual({ error: "#DIV/0!" });
    expect(evaluateFormula("=B3+1", lookup)).toEqual({ error: "#VALUE!" });
    expect(evaluateFormula("=VLOOKUP(1,B1:B3,1)", lookup)).toEqual({ error: "#NAME?" });
    expect(evaluateFormula("=SUM(B1", lookup)).toEqual({ error: "#NAME?" });
  });

  it("evaluates only the branch IF takes, as Excel does, whatever the other branch holds", () => {
    // C2 is 0 and D1 is empty.
    expect(evaluateFormula("=IF(C2=0,0,C1/C2)", lookup)).toBe(0);
    expect(evaluateFormula("=IF(D1=0,0,C1/D1)", lookup)).toBe(0);
    expect(evaluateFormula("=IF(C2=0,1,(C1/C2)+ROUND(C1/C2,1))+1", lookup)).toBe(2);
    expect(evaluateFormula('=IF(C2<>0,"(,)",C1/C2)', lookup)).toEqual({ error: "#DIV/0!" });
    expect(evaluateFormula("=SUM(1,C1/C2)", lookup)).toEqual({ error: "#DIV/0!" });
    expect(evaluateFormula("=IF(C1/C2,1,2)", lookup)).toEqual({ error: "#DIV/0!" });
  });
});

describe("Range.text", () => {
  it("shows numbers through their format's sections, dates as dates", () => {
    const amount = '#,##0;"△"#,##0;"-"';
    expect([1234567, -3, 0].map((v) => displayText(v, amount))).toEqual(["1,234,567", "△3", "-"]);
    expect(displayText(0.7697, "0.0%")).toBe("77.0%");
    expect(displayText(77, "0.0")).toBe("77.0");
    expect(displayText(43373, "yyyy-mm-dd")).toBe("2018-09-30");
    expect(displayText(0.5, "h:mm")).toBe("12:00");
    expect(displayText(1 / 3)).toBe("0.3333333333");
    expect([displayText(true), displayText({ error: "#N/A" }), displayText(undefined), displayText("글")]).toEqual(["TRUE", "#N/A", "", "글"]);
  });
});
