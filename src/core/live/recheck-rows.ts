/**
 * A table checked again after some of its data rows changed, without checking its other rows again: the rules
 * of row scope (rule.ts) run on the changed rows alone, those of table scope on the whole table (from what the
 * last check read of the other rows, where it kept that), those of frame scope only if a cell turned blank or
 * filled; the table's other findings stay as they were, the same objects. The result is what a whole check of the
 * table finds, in the same order; where that cannot be promised, null, and the caller checks the table whole.
 */
import { checkSubject, placeKey, placeOf } from "../check-subject";
import { isBlankCell } from "../detect/rows";
import type { WorkbookFacts } from "../facts";
import type { Finding } from "../finding";
import { gridColumnCount, type CellValue, type Grid } from "../grid";
import { sheetRowOf } from "../grid-axes";
import { kindOf, type Table } from "../kinds";
import type { EditedRows } from "../kinds/kind";
import type { CheckOptions } from "../options";
import type { Rule } from "../rule";

/** A data row as read again: its cells, and their formats and formulas where the grid keeps those. */
export interface RowRead {
  readonly values: CellValue[];
  readonly numberFormats?: string[];
  readonly formulas?: (string | null)[];
}

export interface RecheckedTable {
  /** The table read from its grid with the rows changed. */
  readonly table: Table;
  /** All its findings, as a whole check lists them. */
  readonly findings: Finding[];
}

type RowsEdited = (table: Table, grid: Grid, rows: readonly number[]) => EditedRows<Table> | null;


/**
 * `before` is the table's findings from the last check, with `rules` and `options` as now; `changed` the rows
 * read again, by grid row.
 */
export function recheckRows(
  table: Table,
  before: readonly Finding[],
  changed: ReadonlyMap<number, RowRead>,
  rules: readonly Rule[],
  options: CheckOptions,
  facts: WorkbookFacts,
): RecheckedTable | null {
  const rowsEdited = kindOf(table.kind).rowsEdited as RowsEdited | undefined;
  const rows = [...changed.keys()].sort((a, b) => a - b);
  if (rowsEdited === undefined || rows.length === 0 || rows.some((row) => row <= table.headerRow || row > table.lastDataRow)) return null;
  const grid = withRows(table.grid, changed);
  const edited = grid && rowsEdited(table, grid, rows);
  if (!edited) return null;

  // What the last check read of the other rows, kept by the rules that look at the whole table.
  for (const rule of rules) rule.carry?.(table, edited.table, rows);

  const sameFrame = rows.every((row) => table.grid.values[row].every((value, col) => isBlankCell(value) === isBlankCell(grid.values[row][col])));
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  const keyOf = (finding: Finding) => (placeOf(finding) ?? 0) * (rules.length + 1) + (order.get(finding.rule) ?? rules.length);
  const kept = keptFindings(before, rules, rows.map((row) => sheetRowOf(grid, row)), sameFrame, keyOf);
  if (kept === null) return null;
  const again = (rule: Rule) => rule.scope === "table" || (rule.scope === "frame" && !sameFrame);
  const fresh = checkSubject(edited.rows, rules.filter((rule) => rule.scope === "row"), options, facts);
  const whole = checkSubject(edited.table, rules.filter(again), options, facts);
  return { table: edited.table, findings: insertSorted(kept, mergeSorted(fresh, whole, keyOf), keyOf) };
}

/**
 * The findings of `before` (in checkSubject's order, `keyOf`) that stand after the rows at `sheetRows` changed:
 * of row scope, those on other rows; of frame scope, all while the frame is the same. Null when a finding of
 * row scope names no row, and which ones stand cannot be told.
 */
function keptFindings(
  before: readonly Finding[],
  rules: readonly Rule[],
  sheetRows: readonly number[],
  sameFrame: boolean,
  keyOf: (finding: Finding) => number,
): Finding[] | null {
  const scopeOf = new Map(rules.map((rule) => [rule.id, rule.scope]));
  const rowKey = (sheetRow: number) => placeKey(sheetRow, -1) * (rules.length + 1);
  // Findings are in the order of their places: each changed row's are one run, found by halving.
  const changed = new Uint8Array(before.length);
  for (const row of sheetRows) changed.fill(1, lowerBound(before, rowKey(row), keyOf), lowerBound(before, rowKey(row + 1), keyOf));
  const placed = lowerBound(before, 1, keyOf);
  const kept: Finding[] = [];
  for (let i = 0; i < before.length; i++) {
    const scope = scopeOf.get(before[i].rule);
    if (scope === "row" && i < placed) return null;
    if ((scope === "row" && changed[i] === 0) || (scope === "frame" && sameFrame)) kept.push(before[i]);
  }
  return kept;
}

/** The first index of `sorted` whose key is at least `key`. */
function lowerBound(sorted: readonly Finding[], key: number, keyOf: (finding: Finding) => number, low = 0): number {
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keyOf(sorted[mid]) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A few findings put into a long sorted list, each by halving: the long list's keys are read a few times, not all. */
function insertSorted(long: readonly Finding[], few: readonly Finding[], keyOf: (finding: Finding) => number): Finding[] {
  const merged: Finding[] = [];
  let from = 0;
  for (const finding of few) {
    const at = lowerBound(long, keyOf(finding) + 1, keyOf, from);
    for (let i = from; i < at; i++) merged.push(long[i]);
    merged.push(finding);
    from = at;
  }
  for (let i = from; i < long.length; i++) merged.push(long[i]);
  return merged;
}

/** The grid with the rows replaced, its other rows shared; null when a row read does not fit it. */
function withRows(grid: Grid, changed: ReadonlyMap<number, RowRead>): Grid | null {
  const width = gridColumnCount(grid);
  const values = grid.values.slice();
  const numberFormats = grid.numberFormats?.slice();
  // Rows without formulas before and after leave the grid's formulas as they were, the same array: what was
  // worked out from them (which rows read others, which cells a SUM covers) still holds.
  const noFormula = (cells: readonly (string | null)[] | undefined) => cells === undefined || cells.every((formula) => formula === null);
  const sameFormulas = [...changed].every(([row, read]) => noFormula(grid.formulas?.[row]) && noFormula(read.formulas));
  const formulas = sameFormulas ? grid.formulas : grid.formulas?.slice();
  for (const [row, read] of changed) {
    if (read.values.length !== width) return null;
    if (numberFormats !== undefined && read.numberFormats?.length !== width) return null;
    if (formulas !== undefined && read.formulas?.length !== width) return null;
    values[row] = read.values;
    if (numberFormats !== undefined) numberFormats[row] = read.numberFormats!;
    if (formulas !== undefined && !sameFormulas) formulas[row] = read.formulas!;
  }
  return { ...grid, values, ...(numberFormats && { numberFormats }), ...(formulas && { formulas }) };
}

/** Two lists sorted by `keyOf` as one, `a`'s first among equal keys. */
function mergeSorted(a: readonly Finding[], b: readonly Finding[], keyOf: (finding: Finding) => number): readonly Finding[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Finding[] = [];
  let i = 0;
  let j = 0;
  let keyA = i < a.length ? keyOf(a[i]) : Infinity;
  let keyB = keyOf(b[j]);
  while (i < a.length || j < b.length) {
    if (keyA <= keyB) {
      merged.push(a[i++]);
      keyA = i < a.length ? keyOf(a[i]) : Infinity;
    } else {
      merged.push(b[j++]);
      keyB = j < b.length ? keyOf(b[j]) : Infinity;
    }
  }
  return merged;
}
