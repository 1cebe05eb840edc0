/**
 * What a live re-check reads of a table when only some of its data rows were edited: those rows, across the
 * table's columns, and the rows whose formulas may take a value from another row (a 계 row's SUM), which an
 * edit elsewhere changes without Excel reporting them. Null wherever only a whole read can be trusted: the
 * edit meets the header, the rows above it or cells past the table's grid; the grid has merged areas or was
 * read sparsely; the kind does not read its rows one by one; too many rows (a whole-column paste). The cases
 * are listed in docs/excel-host.md ("Live re-check").
 */
import { formulaReferences } from "../formulas/references";
import { gridColumnCount, type Grid } from "../grid";
import { isTableKind, kindOf, type Table } from "../kinds";
import type { SheetRect } from "../names/reference";
import type { Subject } from "../subject";

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
  const dependent = rowsWithFormulasOfOtherRows(grid);
  if (dependent === null || rows.size + dependent.length > MAX_ROWS_READ) return null;
  for (const row of dependent) if (row > headerRow) rows.add(row);
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

/** By a grid's formulas (a re-checked grid keeps its predecessor's when no formula changed), and its top row. */
const dependentRows = new WeakMap<object, { readonly top: number; readonly rows: number[] | null }>();

/**
 * Grid rows holding a formula that may read another row or change on its own: one that names another row, a
 * cell of another sheet, a defined name or a table's column, or a volatile function. Null when there are more
 * than a re-check would read. Worked out once per grid's formulas.
 */
function rowsWithFormulasOfOtherRows(grid: Grid): number[] | null {
  const formulas = grid.formulas ?? [];
  const known = dependentRows.get(formulas);
  if (known?.top === grid.top) return known.rows;
  const rows: number[] = [];
  let checked: (string | null)[] | undefined;
  for (let row = 0; row < formulas.length && rows.length <= MAX_ROWS_READ; row++) {
    // Rows without formulas share one array of nulls (the adapters make them so): it is looked at once.
    const cells = formulas[row];
    if (cells === checked) continue;
    if (cells.some((formula) => typeof formula === "string" && formula.startsWith("=") && !readsOwnRowOnly(formula, grid.top + row))) rows.push(row);
    else if (cells.every((formula) => formula === null)) checked = cells;
  }
  const result = rows.length > MAX_ROWS_READ ? null : rows;
  dependentRows.set(formulas, { top: grid.top, rows: result });
  return result;
}

const VOLATILE = /\b(?:TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY|OFFSET|INDIRECT|CELL|INFO)\s*\(/i;
const CELL_REFERENCE = /\$?[A-Za-z]{1,3}\$?\d{1,7}/g;
const FUNCTION_NAME = /[A-Za-z][A-Za-z0-9._]*\s*\(/g;
/** What is left of a formula reading only cells of its own row once its strings, cells and functions are out. */
const ARITHMETIC = /^[=\s\d.,+\-*/^&%<>()]*$/;

function readsOwnRowOnly(formula: string, sheetRow: number): boolean {
  if (VOLATILE.test(formula)) return false;
  const { areas } = formulaReferences(formula);
  if (areas.some((area) => area.sheet !== undefined || area.top !== sheetRow || area.bottom !== sheetRow)) return false;
  const rest = formula.replace(/"(?:[^"]|"")*"/g, "").replace(FUNCTION_NAME, "(").replace(CELL_REFERENCE, "");
  return ARITHMETIC.test(rest.replace(/\b(?:TRUE|FALSE)\b/gi, ""));
}
