import { checkSheetName, chooseSheetNames, sheetOfReference } from "../../../../src/core/summary/generated-sheets";
import { markerOf } from "../../../../src/workbook/xlsx/write/sheet-names";
import { WorkbookPart } from "../../../../src/workbook/xlsx/write/workbook-parts";

function sheets(...names: string[]) {
  const xml = `<workbook><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  return new WorkbookPart(xml).sheets;
}

describe("sheet names", () => {
  it("reads the sheet a marker points to", () => {
    expect(sheetOfReference("'요약'!$A$1")).toBe("요약");
    expect(sheetOfReference("='R&D ''18'!$A$1")).toBe("R&D '18");
    expect(sheetOfReference("Summary!$A$1")).toBe("Summary");
    expect(sheetOfReference("#REF!$A$1")).toBeUndefined();
    expect(sheetOfReference("#REF!")).toBeUndefined();
  });

  it("finds only the workbook-scoped marker of a role, in any case", () => {
    const part = new WorkbookPart(
      `<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="BudgetCheck_Summary" localSheetId="0">A!$A$1</definedName><definedName name="budgetcheck_summary" hidden="1">A!$A$2</definedName></definedNames></workbook>`,
    );
    expect(markerOf(part.names, "summary")?.formula).toBe("A!$A$2");
    expect(markerOf(part.names, "findings")).toBeUndefined();
  });

  it("takes the next free name, comparing without case, within 31 characters", () => {
    expect(chooseSheetNames(sheets("요약", "요약 (2)", "summary"), new Set(), ["요약", "Summary", "검증 결과"])).toEqual(["요약 (3)", "Summary (2)", "검증 결과"]);
    const long = "x".repeat(31);
    expect(chooseSheetNames(sheets(long), new Set(), [long])).toEqual([`${"x".repeat(27)} (2)`]);
  });

  it("frees the names of the sheets it replaces, and never gives two sheets one name", () => {
    expect(chooseSheetNames(sheets("예산", "요약"), new Set([1]), ["요약", "요약"])).toEqual(["요약", "요약 (2)"]);
  });

  it("refuses a name Excel would refuse", () => {
    for (const bad of ["", "a/b", "a:b", "[x]", "'quoted'", "x".repeat(32)]) expect(() => checkSheetName(bad)).toThrow();
    expect(() => checkSheetName("교체 계획")).not.toThrow();
  });
});
