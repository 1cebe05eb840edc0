import type { Grid } from "../grid";
import type { AsOfCell } from "../tables/types";
import { defineKind } from "./kind";

/** One cell, the date the report speaks for. A larger range uses its top-left cell. */
function parseAsOf(name: string, grid: Grid): AsOfCell {
  return {
    kind: "asOf",
    name,
    grid,
    headerRow: -1,
    firstDataRow: 0,
    lastDataRow: 0,
    typedColumns: [{ col: 0, type: "date" }],
    totals: [],
  };
}

export default defineKind({
  id: "asOf",
  names: { exact: ["AsOfDate", "기준일"], prefixes: [] },
  header: null,
  parse: parseAsOf,
  labels: {
    caption: { ko: "기준일", en: "As-of date" },
    qualifier: { ko: "기준일", en: "as-of date" },
  },
});
