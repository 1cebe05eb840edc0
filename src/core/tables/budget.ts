import type { Grid } from "../grid";
import { headerKey, isTotalLabel, words } from "./headers";
import { findHeader } from "./locate";
import { isPeriodHeader } from "./periods";
import { acrossTotals, classifyRows, downTotals } from "./rows";
import { frameBelowHeader, type BudgetTable, type FundingSource, type TypedColumn } from "./types";

type BudgetRole = "item" | "currentBudget" | "budget" | "executed" | "rate" | "remaining" | FundingSource | "executedBefore" | "executedAfter";

/**
 * A budget table's header words by role; `executedBefore` and `executedAfter` stand before or after a
 * funding source's word (`집행 시비`, `시비 집행`) in a column of the executed amount's share from that source.
 */
export type BudgetWords = Readonly<Record<BudgetRole, readonly string[]>>;

const SOURCES: readonly FundingSource[] = ["national", "city", "district", "fund"];

/** The budget parser for a set of header words. */
export function budgetParser(vocabulary: BudgetWords): (name: string, grid: Grid) => BudgetTable | null {
  const isItem = words(...vocabulary.item);
  const isCurrentBudget = words(...vocabulary.currentBudget);
  const isBudget = words(...vocabulary.budget);
  const isExecuted = words(...vocabulary.executed);
  const isRate = words(...vocabulary.rate);
  const isRemaining = words(...vocabulary.remaining);
  const sourceMatchers = SOURCES.map((source) => ({ source, matches: words(...vocabulary[source]) }));
  const executedBefore = vocabulary.executedBefore.map(headerKey);
  const executedAfter = vocabulary.executedAfter.map(headerKey);

  const sourceOf = (key: string): FundingSource | undefined => sourceMatchers.find((s) => s.matches(key))?.source;
  /** `집행 시비`, `시비 집행`, `Executed City`: the executed amount's share from one source. */
  const executedSourceOf = (key: string): FundingSource | undefined => {
    for (const prefix of executedBefore) if (key.startsWith(prefix)) return sourceOf(key.slice(prefix.length));
    for (const suffix of executedAfter) if (key.endsWith(suffix)) return sourceOf(key.slice(0, -suffix.length));
    return undefined;
  };

  return (name, grid) => {
    const isAmount = (k: string) => isCurrentBudget(k) || isBudget(k) || isExecuted(k) || isPeriodHeader(k);
    const header = findHeader(grid, { item: isItem, amount: isAmount }, ["item", "amount"]);
    if (!header) return null;
    const texts = header.texts;
    const keys = texts.map(headerKey);
    const itemCol = header.columns.item!;
    const first = (match: (k: string) => boolean) => {
      const i = keys.findIndex((k, col) => col !== itemCol && match(k));
      return i < 0 ? undefined : i;
    };
    const budgetCol = first(isCurrentBudget) ?? first(isBudget);
    const executedCol = first(isExecuted);
    const rateCol = first(isRate);
    const remainingCol = first(isRemaining);

    const sourceCols: { col: number; source: FundingSource }[] = [];
    const executedSourceCols: { col: number; source: FundingSource }[] = [];
    const periodCols: number[] = [];
    let crossTotalCol: number | undefined;
    keys.forEach((key, col) => {
      if (col === itemCol || key === "") return;
      const source = sourceOf(key);
      const executedSource = source ? undefined : executedSourceOf(key);
      if (source) sourceCols.push({ col, source });
      else if (executedSource) executedSourceCols.push({ col, source: executedSource });
      else if (isPeriodHeader(texts[col])) periodCols.push(col);
      else if (isTotalLabel(key) && crossTotalCol === undefined) crossTotalCol = col;
    });
    // A 계 column is a cross-foot only beside period columns; elsewhere it is not a budget figure.
    if (periodCols.length === 0) crossTotalCol = undefined;
    // A second budget-like column (예산액 beside 예산현액) is still an amount and totalled down.
    const otherBudgetCols = keys.flatMap((k, col) => (col !== budgetCol && col !== itemCol && (isBudget(k) || isCurrentBudget(k)) ? [col] : []));

    const amountCols = [
      budgetCol, ...otherBudgetCols, executedCol, remainingCol,
      ...sourceCols.map((s) => s.col), ...executedSourceCols.map((s) => s.col),
      ...periodCols, crossTotalCol,
    ].filter((c): c is number => c !== undefined).sort((a, b) => a - b);
    const amountSet = new Set(amountCols);
    const labelCols = texts.map((_, col) => col).filter((col) => !amountSet.has(col) && col !== rateCol);

    const rows = classifyRows(grid, header.row + 1, labelCols);
    const totals = downTotals(rows, amountCols, texts);
    if (crossTotalCol !== undefined) totals.push(...acrossTotals(rows, crossTotalCol, periodCols));

    const typedColumns: TypedColumn[] = amountCols.map((col) => ({ col, type: "number" }));
    if (rateCol !== undefined) typedColumns.push({ col: rateCol, type: "rate" });

    return {
      kind: "budget",
      ...frameBelowHeader(name, grid, header.row),
      typedColumns,
      totals,
      itemCol,
      budgetCol,
      executedCol,
      rateCol,
      sourceCols,
      executedSourceCols,
      amountCols,
      rows,
      headers: texts,
    };
  };
}
