import type { Grid } from "../grid";
import type { TableBase } from "../tables/types";
import { defineKind } from "./kind";

/** One cell stating the fiscal year (`2018`, `2018년`, `2018회계연도`), printed in the summary's title. */
export interface FiscalYearCell extends TableBase {
  readonly kind: "fiscalYear";
}

function parseFiscalYearCell(name: string, grid: Grid): FiscalYearCell {
  return { kind: "fiscalYear", name, grid, headerRow: -1, firstDataRow: 0, lastDataRow: 0, typedColumns: [], totals: [] };
}

export default defineKind({
  id: "fiscalYear",
  names: { exact: ["FiscalYear", "회계연도"], prefixes: [] },
  header: null,
  parse: parseFiscalYearCell,
  labels: {
    caption: { ko: "회계연도", en: "Fiscal year" },
    qualifier: { ko: "회계연도", en: "fiscal year" },
  },
});
