/**
 * What a live re-check reads of a table when only some of its data rows were edited: those rows, across the
 * table's columns, and the rows whose formulas may take a value from another row (a 계 row's SUM) or from
 * outside the table (another sheet), which an edit changes without Excel reporting them. Null wherever only a
 * whole read can be trusted: the edit meets the header, the rows above it or cells past the table's grid; a
 * formula in the header or above it reads other cells; the grid has merged areas or was read sparsely; the
 * kind does not read its rows one by one; too many rows (a whole-column paste). The cases are listed in
 * docs/excel-host.md ("Live re-check").
 */
import { gridColumnCount, type Grid } from "../grid";
import { isTableKind, kindOf, type Table } from "../kinds";
import type { SheetRect } from "../names/reference";
import type { Subject } from "../subject";
import { formulaReach } from "./formula-reach";

/** More rows than this are read whole: a paste over that many rows is no typing to keep up with. */
const MAX_ROWS_READ = 1_000;

export interface RowsRead {
  /** Grid rows to read again, ascending. */
  readonly rows: readonly number[];
  /** The reads that bring them: one rectangle per run of consecutive rows, as wide as the grid. */
  readonly rects: readonly SheetRect[];
}

/** `around`: the table's range and the rows read above it for its unit line; `edited`: the edits' rectangles. */
export function rowsToRead(subject: Subject, around: readonly SheetRect[], edited: readonly SheetRect[]): RowsRead | null {
  if (!isTableKind(subject.kind)) return null;
  const { grid, headerRow, lastDataRow } = subject as Table;
  if (kindOf(subject.kind).rowsEdited === undefined || grid.sheetRows || grid.sheetCols || (grid.merges?.length ?? 0) > 0) return null;
  const first = grid.top + headerRow + 1;
  const last = grid.top + lastDataRow;
  const right = grid.left + gridColumnCount(grid) - 1;
  const rows = new Set<number>();
  for (const rect of edited) {
    if (!around.some((area) => meets(area, rect))) continue;
    if (rect.top < first || rect.bottom > last || rect.left < grid.left || rect.right > right) return null;
    if (rows.size + rect.bottom - rect.top + 1 > MAX_ROWS_READ) return null;
    for (let row = rect.top; row <= rect.bottom; row++) rows.add(row - grid.top);
  }
  // Rows whose formulas read other cells change without Excel reporting them: they are read every time, and
  // the header or a row above it among them leaves the whole read to say what the table is now.
  const dependent = formulaReach(grid).rowsReadingOthers;
  if (rows.size + dependent.length > MAX_ROWS_READ || (dependent.length > 0 && dependent[0] <= headerRow)) return null;
  for (const row of dependent) rows.add(row);
  const sorted = [...rows].sort((a, b) => a - b);
  return sorted.length === 0 ? null : { rows: sorted, rects: runsOf(grid, sorted, right) };
}

function meets(a: SheetRect, b: SheetRect): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** One rectangle per run of consecutive grid rows. */
function runsOf(grid: Grid, rows: readonly number[], right: number): SheetRect[] {
  const rects: SheetRect[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    rects.push({ sheet: grid.sheet, top: grid.top + rows[start], bottom: grid.top + rows[i - 1], left: grid.left, right });
    start = i;
  }
  return rects;
}
