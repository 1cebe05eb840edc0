import type { Lang } from "../../finding";
import type { CellPosition } from "../../address";
import type { Grid } from "../../grid";
import type { Report } from "../../rule";
import { amountAt, readAt, roundSum, sumAt } from "../../tables/amounts";
import type { TotalRelation } from "../../tables/types";
import { transpositionHint } from "./transposition";

/** The messages every total rule shares: down a column, across a row, and the transposition hint. */
export const TOTAL_MESSAGES = {
  total: {
    ko: "{label} 합계 {stated} ≠ 항목 합 {expected} (차이 {difference}{hint})",
    en: "{label} total {stated} ≠ sum of items {expected} (difference {difference}{hint})",
  },
  subtotal: {
    ko: "{label} 소계 {stated} ≠ 항목 합 {expected} (차이 {difference}{hint})",
    en: "{label} subtotal {stated} ≠ sum of items {expected} (difference {difference}{hint})",
  },
  across: {
    ko: "{label} 행의 계 {stated} ≠ 항목 합 {expected} (차이 {difference}{hint})",
    en: "Row {label}: total {stated} ≠ sum of items {expected} (difference {difference}{hint})",
  },
} as const;

/**
 * Compares every stated total with the sum of its parts and reports the ones that differ by more than the
 * tolerance. A blank total states nothing; an unreadable cell is left to the cell rules.
 */
export function checkTotals(
  grid: Grid,
  totals: readonly TotalRelation[],
  tolerance: number,
  lang: Lang,
  report: (r: Report) => void,
): void {
  // Total rows of one column share their parts: add them up once.
  const sums = new Map<readonly CellPosition[], number | null>();
  for (const total of totals) {
    if (readAt(grid, total).kind === "blank") continue;
    const stated = amountAt(grid, total);
    let expected = sums.get(total.parts);
    if (expected === undefined) {
      expected = sumAt(grid, total.parts);
      sums.set(total.parts, expected);
    }
    if (stated === null || expected === null) continue;
    const difference = roundSum(stated - expected);
    if (Math.abs(difference) <= tolerance) continue;
    report({
      row: total.row,
      col: total.col,
      messageId: total.direction === "across" ? "across" : total.subtotal ? "subtotal" : "total",
      data: {
        label: total.label,
        stated,
        expected,
        difference: Math.abs(difference),
        hint: transpositionHint(difference, lang),
      },
    });
  }
}
