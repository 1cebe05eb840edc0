import type { CellPosition } from "../../address";
import type { Grid } from "../../grid";
import type { RuleContext } from "../../rule";
import { levelWords } from "../../tables/levels";
import { amountAt, readAt, roundSum, sumAt } from "../../tables/amounts";
import type { TotalRelation } from "../../tables/types";
import { unitSuffix, type TableUnit } from "../../units/money-unit";
import { transpositionHint } from "./transposition";

/** The messages every total rule shares: down a column, across a row, and the transposition hint. */
export const TOTAL_MESSAGES = {
  total: {
    ko: "{label} 합계 {stated} ≠ 항목 합 {expected} (차이 {difference}{unit}{hint}).",
    en: "{label} total {stated} ≠ sum of items {expected} (difference {difference}{unit}{hint}).",
  },
  subtotal: {
    ko: "{label} 소계 {stated} ≠ 항목 합 {expected} (차이 {difference}{unit}{hint}).",
    en: "{label} subtotal {stated} ≠ sum of items {expected} (difference {difference}{unit}{hint}).",
  },
  across: {
    ko: "{label} 행의 계 {stated} ≠ 항목 합 {expected} (차이 {difference}{unit}{hint}).",
    en: "Row {label}: total {stated} ≠ sum of items {expected} (difference {difference}{unit}{hint}).",
  },
} as const;

/** A program row of a budget with levels against the programs one level below it. */
export const PROGRAM_TOTAL_MESSAGES = {
  program: {
    ko: "{level} {name}: {label} {stated} ≠ {children} 합 {expected} (차이 {difference}{unit}{hint}).",
    en: "{level} {name}: {label} {stated} ≠ sum of {children} {expected} (difference {difference}{unit}{hint}).",
  },
} as const;

/**
 * Compares every stated total with the sum of its parts and reports the ones that differ by more than the
 * tolerance (in the table's unit, which the message names after the difference). A blank total states nothing;
 * an unreadable cell is left to the cell rules. A program row's total names its level and its children's, by
 * the table's `levelNames`.
 */
export function checkTotals(
  grid: Grid,
  totals: readonly TotalRelation[],
  tolerance: number,
  unit: TableUnit | null,
  { lang, report }: RuleContext,
  levelNames: readonly string[] = [],
): void {
  const unitText = unitSuffix(unit, lang);
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
    const data = {
      label: total.label,
      stated,
      expected,
      difference: Math.abs(difference),
      unit: unitText,
      hint: transpositionHint(difference, lang),
    };
    if (total.program) {
      const { name, level, childLevel } = total.program;
      report({
        row: total.row,
        col: total.col,
        messageId: "program",
        data: { ...data, name, level: levelWords(levelNames[level], lang).one, children: levelWords(levelNames[childLevel], lang).many },
      });
      continue;
    }
    report({
      row: total.row,
      col: total.col,
      messageId: total.direction === "across" ? "across" : total.subtotal ? "subtotal" : "total",
      data,
    });
  }
}
