import { moveSharedFormula } from "../../../../src/workbook/xlsx/read/shared-formula";

describe("moveSharedFormula", () => {
  it("moves relative references along, and fixed rows and columns not", () => {
    expect(moveSharedFormula("A1*2", "B1", "B3")).toBe("A3*2");
    expect(moveSharedFormula("SUM(B5:B9)", "B4", "D4")).toBe("SUM(D5:D9)");
    expect(moveSharedFormula("$A$1+A$1+$A1+A1", "C3", "E7")).toBe("$A$1+C$1+$A5+C5");
    expect(moveSharedFormula("ROUND(C7/E7*100,1)", "F7", "F8")).toBe("ROUND(C8/E8*100,1)");
  });

  it("moves references on other sheets, named plainly or in quotes", () => {
    expect(moveSharedFormula("'My Sheet'!A1+예산!B2+Sheet1!C3:D4", "A1", "B2")).toBe("'My Sheet'!B2+예산!C3+Sheet1!D4:E5");
  });

  it("leaves text, sheet names, table columns, functions and names that look like cells as written", () => {
    expect(moveSharedFormula('IF(A1>0,"A1",B2)', "C1", "C2")).toBe('IF(A2>0,"A1",B3)');
    expect(moveSharedFormula("'Q1'!A1", "A1", "A2")).toBe("'Q1'!A2");
    expect(moveSharedFormula("Table1[[#This Row],[Q1]]*Q1", "A2", "A3")).toBe("Table1[[#This Row],[Q1]]*Q2");
    expect(moveSharedFormula("LOG10(A1)+ATAN2(A1,B1)", "A1", "A2")).toBe("LOG10(A2)+ATAN2(A2,B2)");
    expect(moveSharedFormula("XFE1+Rate2019+1E5+A1", "A2", "A3")).toBe("XFE1+Rate2019+1E5+A2");
    expect(moveSharedFormula("SUMIF(A:A,\"x\",B:B)", "C1", "C2")).toBe("SUMIF(A:A,\"x\",B:B)");
  });

  it("gives #REF! for a reference moved off the sheet, as Excel does", () => {
    expect(moveSharedFormula("A2-A1", "B2", "B1")).toBe("A1-#REF!");
  });
});
