import type { CellPosition } from "../address";
import type { Grid } from "../grid";
import { cellText } from "../values/cell-readers";
import { headerKey, isSubtotalLabel, isTotalLabel } from "./headers";
import { isBlankRow } from "./locate";
import type { RowKind, TableRow, TotalRelation } from "./types";

/**
 * The data rows below a header, each marked detail, subtotal or total by the label in any of its label
 * columns (`계`, `합계`, `총계`, `Total`; `소계`, `Subtotal`), wherever the row stands; an Excel table's totals
 * row is a total row whatever its label. Blank rows are left out.
 */
export function classifyRows(grid: Grid, firstRow: number, labelCols: readonly number[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let row = firstRow; row < grid.values.length; row++) {
    if (isBlankRow(grid, row)) continue;
    const labels = labelCols.map((col) => cellText(grid.values[row][col])).filter((t) => t !== "");
    const keys = labels.map(headerKey);
    const total = row === grid.totalsRow || keys.some(isTotalLabel);
    const kind: RowKind = total ? "total" : keys.some(isSubtotalLabel) ? "subtotal" : "detail";
    rows.push({ row, kind, label: labels.join(" ") });
  }
  return rows;
}

/**
 * Totals down each column: a total row sums every detail row; a subtotal sums the detail rows above it back
 * to the previous subtotal, total or header.
 */
export function downTotals(rows: readonly TableRow[], cols: readonly number[], headers: readonly string[]): TotalRelation[] {
  const details = rows.filter((r) => r.kind === "detail");
  const groups = new Map<TableRow, TableRow[]>();
  let group: TableRow[] = [];
  for (const r of rows) {
    if (r.kind === "detail") group.push(r);
    else {
      if (r.kind === "subtotal") groups.set(r, group);
      group = [];
    }
  }
  const subtotals = [...groups.keys()];
  const grouped = new Set([...groups.values()].flat());
  const viaSubtotals = [...subtotals, ...details.filter((d) => !grouped.has(d))].sort((a, b) => a.row - b.row);

  // Every total row of a column shares one list of parts, so that a table with many 계 rows stays linear.
  const at = (list: readonly TableRow[], col: number): CellPosition[] => list.map((m) => ({ row: m.row, col }));
  const allDetails = new Map(cols.map((col) => [col, at(details, col)]));
  const allViaSubtotals = new Map(cols.map((col) => [col, subtotals.length > 0 ? at(viaSubtotals, col) : undefined]));

  const relations: TotalRelation[] = [];
  for (const r of rows) {
    if (r.kind === "detail") continue;
    for (const col of cols) {
      const total = r.kind === "total";
      relations.push({
        row: r.row,
        col,
        direction: "down",
        subtotal: !total,
        parts: total ? allDetails.get(col)! : at(groups.get(r) ?? [], col),
        partsViaSubtotals: total ? allViaSubtotals.get(col) : undefined,
        label: headers[col] ?? "",
      });
    }
  }
  return relations;
}

/** A total column across each row: it sums the given part columns of the same row. */
export function acrossTotals(
  rows: readonly TableRow[],
  totalCol: number,
  partCols: readonly number[],
  subtotal = false,
): TotalRelation[] {
  return rows.map((r) => ({
    row: r.row,
    col: totalCol,
    direction: "across" as const,
    subtotal,
    parts: partCols.map((col) => ({ row: r.row, col })),
    label: r.label,
  }));
}
