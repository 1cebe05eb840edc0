import type { Grid } from "../grid";
import type { TableBase } from "../tables/types";
import { defineKind } from "./kind";

/** One cell naming the department the workbook reports for (`홍보전산과`), printed in the summary's title. */
export interface DepartmentCell extends TableBase {
  readonly kind: "department";
}

function parseDepartmentCell(name: string, grid: Grid): DepartmentCell {
  return { kind: "department", name, grid, headerRow: -1, firstDataRow: 0, lastDataRow: 0, typedColumns: [], totals: [] };
}

export default defineKind({
  id: "department",
  names: { exact: ["Department", "부서"], prefixes: [] },
  header: null,
  parse: parseDepartmentCell,
  labels: {
    caption: { ko: "부서", en: "Department" },
    qualifier: { ko: "부서", en: "department" },
  },
});
