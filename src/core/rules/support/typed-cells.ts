import { numberFormatAt } from "../../grid";
import type { Table } from "../../kinds";
import { numberDateDays, readDate, readNumber, type DateReading, type NumberReading } from "../../values/cell-readers";

/** A cell of a typed column that is not a plain number or date: what the cell rules report on. */
export type TypedCellIssue = { readonly row: number; readonly col: number } & (
  | { readonly type: "date"; readonly reading: DateReading }
  | { readonly type: "number" | "rate"; readonly reading: NumberReading }
);

const cache = new WeakMap<Table, readonly TypedCellIssue[]>();

/** Reads every typed cell of the data rows once, and keeps the ones that are text, errors or unreadable. */
export function typedCellIssues(table: Table): readonly TypedCellIssue[] {
  const cached = cache.get(table);
  if (cached) return cached;
  const issues: TypedCellIssue[] = [];
  const { grid } = table;
  for (const { col, type } of table.typedColumns) {
    for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
      const value = grid.values[row][col];
      // A plain number in a number column is fine unless it is too large to add up exactly.
      if (value === null || (typeof value === "number" && type !== "date" && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) continue;
      const format = numberFormatAt(grid, row, col);
      // A serial in a date column is fine when it is a date: told without readDate's objects, a million times.
      if (typeof value === "number" && type === "date" && !Number.isNaN(numberDateDays(value, format))) continue;
      const issue: TypedCellIssue =
        type === "date" ? { row, col, type, reading: readDate(value, format) } : { row, col, type, reading: readNumber(value, format) };
      const { kind } = issue.reading;
      if (kind === "error" || kind === "invalid" || kind === "text-number") issues.push(issue);
    }
  }
  cache.set(table, issues);
  return issues;
}

/** The header text above a typed cell, for messages. */
export function columnHeader(table: Table, col: number): string {
  if (table.headerRow < 0) return table.name;
  const value = table.grid.values[table.headerRow][col];
  return typeof value === "string" ? value.trim() : String(value ?? "");
}
