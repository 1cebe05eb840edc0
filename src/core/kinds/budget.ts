import type { Grid } from "../grid";
import { budgetSection } from "../summary/sections/budget";
import { headerKey, isTotalLabel, words } from "../tables/headers";
import { findHeader } from "../tables/locate";
import { isPeriodHeader } from "../tables/periods";
import { programLevels } from "../tables/levels";
import { acrossTotals, classifyRows, downTotals } from "../tables/rows";
import { FUNDING_SOURCES, frameBelowHeader, type BudgetTable, type FundingSource, type TypedColumn } from "../tables/types";
import { ASSUMED_UNIT, tableUnit, type TableUnit } from "../units/money-unit";
import { defineKind } from "./kind";

type BudgetRole = "item" | "currentBudget" | "budget" | "executed" | "rate" | "remaining" | FundingSource | "executedBefore" | "executedAfter";

const WORDS: Readonly<Record<BudgetRole, readonly string[]>> = {
  // The program levels of e-호조's tables (정책사업 > 단위사업 > 세부사업) and plainer words for a row's item.
  item: ["정책사업(명)", "단위사업(명)", "세부사업(명)", "사업명", "구분", "Program", "Item", "Project"],
  // 예산현액 (the budget after transfers) is the budget when a table has it, so it is looked for first.
  currentBudget: ["예산현액", "Current budget"],
  budget: ["예산액", "예산", "Budget"],
  executed: ["집행액", "집행", "지출액", "Executed", "Spent"],
  rate: ["집행율", "집행률", "Rate", "Execution rate"],
  remaining: ["집행잔액", "잔액", "Remaining"],
  national: ["국비", "National"],
  province: ["도비", "Province", "Provincial"],
  city: ["시비", "City"],
  // 구비 and 군비 are both the district level's share (자치구, 군).
  district: ["구비", "군비", "District", "County"],
  specialGrant: ["특별교부세", "특교", "Special grant"],
  fund: ["기금", "Fund"],
  own: ["자체", "자체재원", "Own funds"],
  // Before or after a source's word (`집행 시비`, `시비 집행`): the executed amount's share from that source.
  executedBefore: ["집행", "executed", "spent"],
  executedAfter: ["집행", "집행액", "executed", "spent"],
};

const isItem = words(...WORDS.item);
const isCurrentBudget = words(...WORDS.currentBudget);
const isBudget = words(...WORDS.budget);
const isExecuted = words(...WORDS.executed);
const isRate = words(...WORDS.rate);
const isRemaining = words(...WORDS.remaining);


const EXECUTED_PREFIXES = WORDS.executedBefore.map(headerKey);
const EXECUTED_SUFFIXES = WORDS.executedAfter.map(headerKey);

function sourceOf(key: string): FundingSource | undefined {
  return FUNDING_SOURCES.find((s) => WORDS[s].some((w) => headerKey(w) === key));
}

/** `집행 시비`, `시비 집행`, `Executed City`: the executed amount's share from one source. */
function executedSourceOf(key: string): FundingSource | undefined {
  for (const prefix of EXECUTED_PREFIXES) if (key.startsWith(prefix)) return sourceOf(key.slice(prefix.length));
  for (const suffix of EXECUTED_SUFFIXES) if (key.endsWith(suffix)) return sourceOf(key.slice(0, -suffix.length));
  return undefined;
}

/** A header row with an item column and amount columns, then programs, subtotal and total rows. */
function parseBudget(name: string, grid: Grid, unit: TableUnit = ASSUMED_UNIT): BudgetTable | null {
  const isAmount = (k: string) => isCurrentBudget(k) || isBudget(k) || isExecuted(k) || isPeriodHeader(k);
  const header = findHeader(grid, { item: isItem, amount: isAmount }, ["item", "amount"]);
  if (!header) return null;
  const texts = header.texts;
  const keys = texts.map(headerKey);
  // The finest program level (정책사업, 단위사업, 세부사업), the rightmost, is the item; a row's own level is
  // read from the level columns (levels.ts).
  let itemCol = header.columns.item!;
  keys.forEach((key, col) => {
    if (col > itemCol && isItem(key)) itemCol = col;
  });
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

  const classified = classifyRows(grid, header.row + 1, labelCols);
  const levels = programLevels(grid, classified, keys, itemCol);
  const rows = levels?.rows ?? classified;
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
    unit: tableUnit(grid, header.row, amountCols, unit),
    ...(levels && { levelNames: levels.names }),
  };
}

export default defineKind({
  id: "budget",
  names: { exact: ["Budget", "예산"], prefixes: ["Budget_", "예산_"] },
  header: { words: WORDS, needed: ["단위사업명/사업명/구분 (Program/Item)", "예산액/집행액 (Budget/Executed)"] },
  parse: parseBudget,
  labels: {
    caption: { ko: "예산", en: "Budget" },
    qualifier: { ko: "예산", en: "budget" },
  },
  summary: budgetSection,
});
