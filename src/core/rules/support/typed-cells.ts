import { numberFormatAt } from "../../grid";
import type { Table } from "../../kinds";
import { rowSpans } from "../../row-spans";
import type { Pieces } from "../../pieces";
import type { TypedColumn } from "../../tables/types";
import { numberDateDays, readDate, readNumber, type DateReading, type NumberReading } from "../../values/cell-readers";
import { OwnedCache } from "../../owned-cache";

/** A cell of a typed column that is not a plain number or date: what the cell rules report on. */
export type TypedCellIssue = { readonly row: number; readonly col: number } & (
  | { readonly type: "date"; readonly reading: DateReading }
  | { readonly type: "number" | "rate"; readonly reading: NumberReading }
);

const cache = new OwnedCache<Table, readonly TypedCellIssue[]>("typed cell issues");

/**
 * Reads every typed cell of the data rows once, and keeps the ones that are text, errors or unreadable. In
 * pieces (core/pieces.ts): a pause every `PIECE_ROWS` rows of a column, and after each column.
 */
export function* typedCellIssuePieces(table: Table): Pieces<readonly TypedCellIssue[]> {
  const cached = cache.get(table);
  if (cached) return cached;
  const issues: TypedCellIssue[] = [];
  const rows = table.lastDataRow - table.firstDataRow + 1;
  for (const typed of table.typedColumns) {
    yield* rowSpans(rows, (from, to) => pushIssues(table, typed, issues, table.firstDataRow + from, table.firstDataRow + to));
    if (rows > 0) yield;
  }
  cache.set(table, issues);
  return issues;
}

/**
 * Gives `to`, the table `from` read again with only `rows` changed (same frame and columns), the typed cells
 * already read of `from`: the other rows' issues as they were, those rows' read again. Nothing when `from`'s
 * were never read.
 */
export function carryTypedCellIssues(from: Table, to: Table, rows: readonly number[]): void {
  const before = cache.get(from);
  if (before === undefined) return;
  const changed = new Set(rows);
  const order = new Map(to.typedColumns.map(({ col }, i) => [col, i]));
  const issues = before.filter((issue) => !changed.has(issue.row));
  for (const typed of to.typedColumns) {
    for (const row of rows) {
      const issue = issueAt(to, row, typed);
      if (issue) issues.push(issue);
    }
  }
  // In typedCellIssuePieces' order: by column, then row.
  issues.sort((a, b) => order.get(a.col)! - order.get(b.col)! || a.row - b.row);
  cache.set(to, issues);
}

/** Pushes the issues of a typed column's grid rows `from` to `to - 1` (module-level: V8 optimises it, not a closure over a generator's variables). */
function pushIssues(table: Table, typed: TypedColumn, issues: TypedCellIssue[], from: number, to: number): void {
  for (let row = from; row < to; row++) {
    const issue = issueAt(table, row, typed);
    if (issue) issues.push(issue);
  }
}

function issueAt(table: Table, row: number, { col, type }: TypedColumn): TypedCellIssue | undefined {
  const { grid } = table;
  const value = grid.values[row][col];
  // A plain number in a number column is fine unless it is too large to add up exactly.
  if (value === null || (typeof value === "number" && type !== "date" && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return undefined;
  const format = numberFormatAt(grid, row, col);
  // A serial in a date column is fine when it is a date: told without readDate's objects, a million times.
  if (typeof value === "number" && type === "date" && !Number.isNaN(numberDateDays(value, format))) return undefined;
  const issue: TypedCellIssue =
    type === "date" ? { row, col, type, reading: readDate(value, format) } : { row, col, type, reading: readNumber(value, format) };
  const { kind } = issue.reading;
  return kind === "error" || kind === "invalid" || kind === "text-number" ? issue : undefined;
}

/** The header text above a typed cell, for messages. */
export function columnHeader(table: Table, col: number): string {
  if (table.headerRow < 0) return table.name;
  const value = table.grid.values[table.headerRow][col];
  return typeof value === "string" ? value.trim() : String(value ?? "");
}
