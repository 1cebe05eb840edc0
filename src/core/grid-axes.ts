/**
 * Where a grid's rows and columns stand on its sheet. A grid read densely has them one after another from its
 * top-left cell; a sparse read (a whole-sheet name with one far cell, too large to read densely) leaves runs of
 * empty rows and columns out and lists the sheet row or column of each one it keeps (`sheetRows`, `sheetCols`).
 * Every turn from a grid position to a sheet address, and back, goes through here, so a finding names the true
 * cell (XFD1048576), never a position in the shortened grid.
 */
import { a1, type CellRect } from "./address";
import { gridColumnCount, type Grid } from "./grid";

export function sheetRowOf(grid: Grid, row: number): number {
  return toSheet(grid.sheetRows, grid.top, row);
}

export function sheetColOf(grid: Grid, col: number): number {
  return toSheet(grid.sheetCols, grid.left, col);
}

/** The A1 address (no `$`) of a grid position on the grid's sheet. */
export function cellAddress(grid: Grid, row: number, col: number): string {
  return a1(sheetRowOf(grid, row), sheetColOf(grid, col));
}

/** Where the grid's cells stand on its sheet. */
export function gridRect(grid: Grid): CellRect {
  return { top: grid.top, left: grid.left, bottom: sheetRowOf(grid, grid.values.length - 1), right: sheetColOf(grid, gridColumnCount(grid) - 1) };
}

/** The grid row of a sheet row; a row the grid leaves out is `undefined`. */
export function gridRowAt(grid: Grid, sheetRow: number): number | undefined {
  return exact(grid.sheetRows, grid.top, sheetRow);
}

export function gridColAt(grid: Grid, sheetCol: number): number | undefined {
  return exact(grid.sheetCols, grid.left, sheetCol);
}

/** The grid row of a sheet row, or of the last row kept before it: where an area ending on that row ends. */
export function gridRowAtOrBefore(grid: Grid, sheetRow: number): number {
  return atOrBefore(grid.sheetRows, grid.top, sheetRow);
}

export function gridColAtOrBefore(grid: Grid, sheetCol: number): number {
  return atOrBefore(grid.sheetCols, grid.left, sheetCol);
}

/** The grid row of a sheet row, or of the first row kept after it: where an area starting on that row starts. */
export function gridRowAtOrAfter(grid: Grid, sheetRow: number): number {
  return atOrAfter(grid.sheetRows, grid.top, sheetRow);
}

export function gridColAtOrAfter(grid: Grid, sheetCol: number): number {
  return atOrAfter(grid.sheetCols, grid.left, sheetCol);
}

/**
 * Positions before the grid (a merged area reaching in from above) and past its end are not left out of
 * anything: they follow on, one sheet row per grid row, from the first and last kept.
 */
function toSheet(kept: readonly number[] | undefined, first: number, index: number): number {
  if (kept === undefined || kept.length === 0) return first + index;
  if (index < 0) return kept[0] + index;
  if (index >= kept.length) return kept[kept.length - 1] + index - (kept.length - 1);
  return kept[index];
}

function atOrBefore(kept: readonly number[] | undefined, first: number, sheet: number): number {
  if (kept === undefined || kept.length === 0) return sheet - first;
  if (sheet < kept[0]) return sheet - kept[0];
  const last = kept.length - 1;
  if (sheet >= kept[last]) return last + sheet - kept[last];
  return lastAtOrBelow(kept, sheet);
}

function atOrAfter(kept: readonly number[] | undefined, first: number, sheet: number): number {
  const before = atOrBefore(kept, first, sheet);
  return toSheet(kept, first, before) === sheet ? before : before + 1;
}

function exact(kept: readonly number[] | undefined, first: number, sheet: number): number | undefined {
  const index = atOrBefore(kept, first, sheet);
  return toSheet(kept, first, index) === sheet ? index : undefined;
}

/** The index of the last kept position at or below `sheet`, which lies within the kept range. */
function lastAtOrBelow(kept: readonly number[], sheet: number): number {
  let low = 0;
  let high = kept.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (kept[mid] <= sheet) low = mid;
    else high = mid - 1;
  }
  return low;
}
