/**
 * The hierarchy of a budget with program levels (정책사업 > 단위사업 > 세부사업), from its rows' levels in table
 * order: a row's parent is the nearest row above it on a higher level (a smaller number), so its children run
 * up to the next row of its level or higher. The parser's nesting (`nestRows`), over positions.
 */
import { sheetRowOf } from "../grid-axes";
import { nestRows } from "./rows";
import type { BudgetTable } from "./types";

export interface ProgramTree {
  /** Per row, the indexes of its children, in table order. */
  readonly children: readonly (readonly number[])[];
  /** Indexes of the rows without a parent: the top-level programs. */
  readonly roots: readonly number[];
}

export function programTree(levels: readonly number[]): ProgramTree {
  const { parts, roots } = nestRows(levels.map((level, i) => ({ row: i, kind: "detail", label: "", level })));
  return {
    children: levels.map((_, i) => (parts.get(i) ?? []).map((child) => child.row)),
    roots: roots.map((root) => root.row),
  };
}

/**
 * A top-level program of a levelled budget and the sheet rows (zero-based) it spans: its own row through its
 * last descendant's, so a finding's cell tells which program it is in.
 */
export interface ProgramSpan {
  readonly label: string;
  readonly first: number;
  readonly last: number;
}

/**
 * The top-level programs of a budget, in table order; none for a table without levels. Only program rows count:
 * the 계 and 소계 rows carry a level too, but belong to no program.
 */
export function programSpans(table: BudgetTable): ProgramSpan[] {
  const levelled = table.rows.filter((r) => r.level !== undefined && (r.kind === "detail" || r.kind === "parent"));
  const { roots } = programTree(levelled.map((r) => r.level!));
  return roots.map((root, k) => {
    const end = k + 1 < roots.length ? roots[k + 1] : levelled.length;
    return { label: levelled[root].label.trim(), first: sheetRowOf(table.grid, levelled[root].row), last: sheetRowOf(table.grid, levelled[end - 1].row) };
  });
}
