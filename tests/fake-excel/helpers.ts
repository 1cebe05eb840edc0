import { createFakeExcel, fakeWorkbookOf, type FakeExcelOptions, type FakeName } from "../../src/fake-excel";

/** A small workbook: a budget table with a total formula, and a cover sheet. */
export function smallExcel(options: FakeExcelOptions = {}, names: FakeName[] = []) {
  const workbook = fakeWorkbookOf(
    {
      예산: {
        A1: "사업",
        B1: "예산액",
        A2: "인건비",
        B2: { value: 1200, numberFormat: "#,##0" },
        A3: "운영비",
        B3: { value: -30, numberFormat: '#,##0;"△"#,##0;"-"' },
        A4: "계",
        B4: { value: 1170, formula: "=SUM(B2:B3)", numberFormat: "#,##0" },
        C4: { value: { error: "#DIV/0!" }, formula: "=B4/0" },
      },
      개요: { A1: "표지" },
    },
    names,
  );
  return createFakeExcel(workbook, options);
}
