import { sheetRowOf } from "../grid-axes";
import type { Grid } from "../grid";

/**
 * A grid of a table's rows down to its header, then only `rows` (grid rows below the header, ascending): the
 * table as a few of its rows, each still named by its own sheet row (`sheetRows`), an Excel table's totals row
 * still marked as such. Merged areas and indents are left out: what is read of a row on its own reads neither.
 */
export function rowsUnderHeader(grid: Grid, headerRow: number, rows: readonly number[]): Grid {
  const kept = [...Array.from({ length: headerRow + 1 }, (_, row) => row), ...rows];
  const pick = <T>(all: readonly T[]): T[] => kept.map((row) => all[row]);
  const totalsRow = grid.totalsRow === undefined ? -1 : kept.indexOf(grid.totalsRow);
  return {
    name: grid.name,
    sheet: grid.sheet,
    top: grid.top,
    left: grid.left,
    values: pick(grid.values),
    ...(grid.numberFormats && { numberFormats: pick(grid.numberFormats) }),
    ...(grid.formulas && { formulas: pick(grid.formulas) }),
    sheetRows: kept.map((row) => sheetRowOf(grid, row)),
    ...(grid.sheetCols && { sheetCols: grid.sheetCols }),
    ...(totalsRow >= 0 && { totalsRow }),
  };
}
