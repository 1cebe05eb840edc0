/**
 * A table checked again after some of its data rows changed, without checking its other rows again: the rules
 * of row scope (rule.ts) run on the changed rows alone, those of table scope on the whole table (from what the
 * last check read of the other rows, where it kept that), those of frame scope only if a cell turned blank or
 * filled; the table's other findings stay as they were, the same objects. The result is what a whole check of the
 * table finds, in the same order; where that cannot be promised, null, and the caller checks the table whole.
 */
import { checkSubject, placeOf, placeRow } from "../check-subject";
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
  const scopeOf = new Map(rules.map((rule) => [rule.id, rule.scope]));
  const changedSheetRows = new Set(rows.map((row) => sheetRowOf(grid, row)));
  const kept: Finding[] = [];
  for (const finding of before) {
    const scope = scopeOf.get(finding.rule);
    if (scope === "frame" && sameFrame) kept.push(finding);
    if (scope !== "row") continue;
    const place = placeOf(finding);
    // A finding of row scope is about a row; one that does not say which cannot be told to stay.
    if (place === undefined) return null;
    if (!changedSheetRows.has(placeRow(place))) kept.push(finding);
  }
  const again = (rule: Rule) => rule.scope === "table" || (rule.scope === "frame" && !sameFrame);
  const fresh = checkSubject(edited.rows, rules.filter((rule) => rule.scope === "row"), options, facts);
  const whole = checkSubject(edited.table, rules.filter(again), options, facts);
  return { table: edited.table, findings: inCheckOrder([kept, fresh, whole], rules) };
}


/** The grid with the rows replaced, its other rows shared; null when a row read does not fit it. */
function withRows(grid: Grid, changed: ReadonlyMap<number, RowRead>): Grid | null {
  const width = gridColumnCount(grid);
  const values = grid.values.slice();
  const numberFormats = grid.numberFormats?.slice();
  const formulas = grid.formulas?.slice();
  for (const [row, read] of changed) {
    if (read.values.length !== width) return null;
    if (numberFormats !== undefined && read.numberFormats?.length !== width) return null;
    if (formulas !== undefined && read.formulas?.length !== width) return null;
    values[row] = read.values;
    if (numberFormats !== undefined) numberFormats[row] = read.numberFormats!;
    if (formulas !== undefined) formulas[row] = read.formulas!;
  }
  return { ...grid, values, ...(numberFormats && { numberFormats }), ...(formulas && { formulas }) };
}

/**
 * Lists each in checkSubject's order merged into one in that order: by cell (those of no cell first), then by
 * the rules' order. The findings of one cell and rule all come from one list, in the order it holds them.
 */
function inCheckOrder(lists: readonly (readonly Finding[])[], rules: readonly Rule[]): Finding[] {
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  const keyOf = (finding: Finding) => (placeOf(finding) ?? 0) * (rules.length + 1) + (order.get(finding.rule) ?? rules.length);
  let merged: readonly Finding[] = [];
  for (const list of lists) merged = mergeSorted(merged, list, keyOf);
  return [...merged];
}

/** Two lists sorted by `keyOf` as one, `a`'s first among equal keys. */
function mergeSorted(a: readonly Finding[], b: readonly Finding[], keyOf: (finding: Finding) => number): readonly Finding[] {
  if (b.length === 0) return a;
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
