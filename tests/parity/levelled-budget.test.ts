/**
 * A 사업명세 budget whose levels are Excel indents (정책사업 > 단위사업 > 세부사업), checked through the .xlsx reader
 * and through the Office.js adapter on the fake host (indent levels from `format.indentLevel`): correct, it gives
 * no error on either path; one wrong 세부사업 is flagged at its 단위사업's row on both, not at the 계.
 */
import { levelledBudgetXlsx, programSheetRow } from "../../scripts/levels/levelled-budget";
import { checkWorkbook } from "../../src/app/check-workbook";
import type { Finding } from "../../src/core/finding";
import type { WorkbookSource } from "../../src/workbook/port";
import { addinOn, paneSettings } from "../helpers/addin";
import { testOptions } from "../helpers/grid";
import { DOCUMENTED_EXCEL } from "../../src/fake-excel";
import { fakeExcelOf, officeSource, xlsxSource } from "../workbook/office/helpers";

async function findingsOf(source: WorkbookSource): Promise<readonly Finding[]> {
  const check = await checkWorkbook(source, testOptions({ detect: false }));
  if (check.kind !== "checked") throw new Error("the levelled budget was not checked");
  return check.findings;
}

async function bothPaths(xlsx: Buffer): Promise<{ file: readonly Finding[]; excel: readonly Finding[] }> {
  return { file: await findingsOf(await xlsxSource(xlsx)), excel: await findingsOf(officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL))) };
}

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`);

describe("a budget levelled by Excel indents, through both adapters", () => {
  it("is correct on both paths: no error", async () => {
    const { file, excel } = await bothPaths(await levelledBudgetXlsx());
    expect(errors(file)).toEqual([]);
    expect(excel).toEqual(file);
  });

  it("flags a wrong 세부사업 at its 단위사업 (정보시스템 운영, row 4 of the programs), not at 계", async () => {
    // Program 5 (정보시스템 유지보수 추진) is a 세부사업 of program 4 (정보시스템 운영).
    const { file, excel } = await bothPaths(await levelledBudgetXlsx({ row: 5, budget: 335_568 }));
    expect(errors(file)).toEqual([`budget/total-mismatch B${programSheetRow(4)}`]);
    expect(file.find((f) => f.severity === "error")!.message).toContain("단위사업 정보시스템 운영: 예산액 737,309 ≠ 세부사업 합 737,291 (차이 18천원");
    expect(excel).toEqual(file);
  });
});

it("the pane's host hands over the budget's top-level programs, the rows each spans, from Excel's indents", async () => {
  const outcome = await addinOn(await fakeExcelOf(await levelledBudgetXlsx(), DOCUMENTED_EXCEL), "levelled.xlsx").validate(paneSettings("ko"), "ko");
  if (outcome.kind !== "checked") throw new Error(`not checked: ${outcome.kind}`);
  const budget = outcome.ranges.find((r) => r.name === "Budget")!;
  // Zero-based sheet rows: 구정 홍보 강화 and its two 단위사업, then 정보화 추진 down to the last 세부사업.
  expect(budget.programs).toEqual([
    { label: "구정 홍보 강화", first: programSheetRow(0) - 1, last: programSheetRow(2) - 1 },
    { label: "정보화 추진", first: programSheetRow(3) - 1, last: programSheetRow(12) - 1 },
  ]);
});
