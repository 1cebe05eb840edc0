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
    const texts = labelCols.map((col) => cellText(grid.values[row][col]));
    // A label merged across label columns (a 계 over 정책사업 to 세부사업) spreads to each: it is read once.
    const labels = texts.filter((t, i) => t !== "" && t !== texts[i - 1]);
    const keys = labels.map(headerKey);
    const total = row === grid.totalsRow || keys.some(isTotalLabel);
    const kind: RowKind = total ? "total" : keys.some(isSubtotalLabel) ? "subtotal" : "detail";
    rows.push({ row, kind, label: labels.join(" ") });
  }
  return rows;
}

/** Rows as they nest: who sums whom. Lists are keyed by the grid row of the row that states their sum. */
export interface Nesting {
  /** The rows, a program row with rows under it marked `parent`; in a table with levels, every row levelled. */
  readonly rows: readonly TableRow[];
  /** The rows a parent or a subtotal sums. */
  readonly parts: ReadonlyMap<number, readonly TableRow[]>;
  /** The rows a total sums: those under no parent (every item row in a table without levels). */
  readonly roots: readonly TableRow[];
  /** The same, with the top-level subtotals in place of the rows they sum. */
  readonly rootsViaSubtotals: readonly TableRow[];
}

interface Frame {
  readonly owner?: TableRow;
  readonly level: number;
  readonly members: TableRow[];
  /** Members up to here are summed by a subtotal already. */
  mark: number;
}

/**
 * Nests item rows by level (absent: 0): a row sums the rows below it that stand deeper, up to the next row of
 * its level or higher. A subtotal sums the rows of the innermost open group back to the previous subtotal, and
 * a subtotal right under another closes the group above it (the 소계 of a 단위사업, then of its 정책사업), so a
 * 소계 repeating a parent's total is never counted again. A total row closes every group. One pass.
 */
export function nestRows(rows: readonly TableRow[]): Nesting {
  const parts = new Map<number, readonly TableRow[]>();
  const subtotalLevels = new Map<number, number>();
  const root: Frame = { level: -1, members: [], mark: 0 };
  const open: Frame[] = [root];
  const rootSubtotals: TableRow[] = [];
  const coveredRoots = new Set<TableRow>();
  const close = () => {
    const frame = open.pop()!;
    if (frame.owner && frame.members.length > 0) parts.set(frame.owner.row, frame.members);
  };
  for (const r of rows) {
    if (r.kind === "total") {
      while (open.length > 1) close();
      root.mark = root.members.length;
    } else if (r.kind === "subtotal") {
      while (open.length > 1 && open[open.length - 1].mark === open[open.length - 1].members.length) close();
      const frame = open[open.length - 1];
      const group = frame.members.slice(frame.mark);
      frame.mark = frame.members.length;
      parts.set(r.row, group);
      subtotalLevels.set(r.row, frame.level + 1);
      if (frame === root) {
        rootSubtotals.push(r);
        for (const g of group) coveredRoots.add(g);
      }
    } else {
      const level = r.level ?? 0;
      while (open[open.length - 1].level >= level) close();
      open[open.length - 1].members.push(r);
      open.push({ owner: r, level, members: [], mark: 0 });
    }
  }
  while (open.length > 1) close();

  const levelled = rows.some((r) => r.level !== undefined);
  const nested = rows.map((r): TableRow => {
    if (r.kind === "detail" && parts.has(r.row)) return { ...r, kind: "parent" };
    if (levelled && r.level === undefined) return { ...r, level: subtotalLevels.get(r.row) ?? 0 };
    return r;
  });
  const rootsViaSubtotals = [...rootSubtotals, ...root.members.filter((m) => !coveredRoots.has(m))].sort((a, b) => a.row - b.row);
  return { rows: nested, parts, roots: root.members, rootsViaSubtotals };
}

/**
 * Totals down each column: a total row sums the rows under no parent; a parent (in a budget with levels) the
 * rows one level below it; a subtotal the rows of its group (`nestRows`).
 */
export function downTotals(rows: readonly TableRow[], cols: readonly number[], headers: readonly string[]): TotalRelation[] {
  const { parts, roots, rootsViaSubtotals } = nestRows(rows);
  const hasSubtotals = rows.some((r) => r.kind === "subtotal");

  // Every total row of a column shares one list of parts, so that a table with many 계 rows stays linear.
  const at = (list: readonly TableRow[], col: number): CellPosition[] => list.map((m) => ({ row: m.row, col }));
  const allRoots = new Map(cols.map((col) => [col, at(roots, col)]));
  const allViaSubtotals = new Map(cols.map((col) => [col, hasSubtotals ? at(rootsViaSubtotals, col) : undefined]));

  const relations: TotalRelation[] = [];
  for (const r of rows) {
    if (r.kind === "detail") continue;
    const total = r.kind === "total";
    const group = parts.get(r.row) ?? [];
    const program = r.kind === "parent" ? { name: r.label, level: r.level ?? 0, childLevel: group[0]?.level ?? 0 } : undefined;
    for (const col of cols) {
      relations.push({
        row: r.row,
        col,
        direction: "down",
        subtotal: !total,
        parts: total ? allRoots.get(col)! : at(group, col),
        partsViaSubtotals: total ? allViaSubtotals.get(col) : undefined,
        label: headers[col] ?? "",
        ...(program && { program }),
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
