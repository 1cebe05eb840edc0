import type { Grid } from "../grid";
import type { AsOfCell } from "./types";

/** `AsOfDate`: one cell, the date the report speaks for. A larger range uses its top-left cell. */
export function parseAsOf(name: string, grid: Grid): AsOfCell {
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
