import type { Grid } from "../grid";
import type { TableBase } from "../tables/types";
import { defineKind } from "./kind";

/** One cell naming the workbook's money unit (`천원`, `원`, `(단위: 백만원)`). A larger range uses its top-left cell. */
export interface UnitCell extends TableBase {
  readonly kind: "unit";
}

function parseUnitCell(name: string, grid: Grid): UnitCell {
  return { kind: "unit", name, grid, headerRow: -1, firstDataRow: 0, lastDataRow: 0, typedColumns: [], totals: [] };
}

export default defineKind({
  id: "unit",
  names: { exact: ["Unit", "단위"], prefixes: [] },
  header: null,
  parse: parseUnitCell,
  labels: {
    caption: { ko: "금액 단위", en: "Money unit" },
    qualifier: { ko: "금액 단위", en: "money unit" },
  },
});
