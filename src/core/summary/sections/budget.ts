import { a1 } from "../../address";
import { programTree, type ProgramTree } from "../../tables/program-tree";
import type { BudgetTable } from "../../tables/types";
import { budgetBlock, type BudgetBlock, type BudgetLine } from "../figures";
import type { SummarySection } from "../section";
import { sectionUnit } from "../unit";
import type { MoneyUnit } from "../../units/money-unit";
import { LAST_COLUMN, rateFormula, rateValue, sumOfRows, type SheetBuilder } from "../sheet-builder";
import type { SummaryStyle } from "../styles";

/**
 * Budget by program, one block per budget range: budget, executed, remaining, rate, and the funding sources
 * the range has. Remaining, rate and the total row are formulas, so the sheet stays right if someone edits it.
 * A budget with program levels keeps them: names indented by level, parents in bold, each parent's amounts the
 * sum of its children's cells and the total row the sum of the top level's.
 */
export const budgetSection: SummarySection<BudgetTable> = {
  heading: { ko: "예산 집행", en: "Budget execution" },
  unit(tables) {
    return sectionUnit(tables, (table) => table.unit, (table) => budgetBlock(table).lines.flatMap((l) => [l.budget, l.executed, ...l.sources]));
  },
  write(b, tables, { unit, lead }) {
    writeBudget(b, tables, unit?.unit, lead);
    return null;
  },
};

/** The printed page has room for this many funding sources beside the five budget columns; more go below. */
const SOURCES_BESIDE = LAST_COLUMN - 4;

/** Where a block's lines stand: the sheet row of each, and who totals whom (every line a root in a flat budget). */
interface BlockLayout {
  readonly lines: readonly BudgetLine[];
  readonly rows: readonly number[];
  readonly tree: ProgramTree;
}

function layoutAt(block: BudgetBlock, first: number): BlockLayout {
  return {
    lines: block.lines,
    rows: block.lines.map((_, i) => first + i),
    tree: programTree(block.lines.map((l) => l.level ?? 0)),
  };
}

/** Where a block's 계 row stands and what it comes to, for the line comparing a total table with its breakdown. */
interface BlockTotal {
  readonly sheet: string;
  readonly row: number;
  readonly budget: number;
  readonly executed: number;
}

/**
 * What each budget table is to the others: the tables under the plain name (`lead`) are the total and the
 * others (`Budget_*`) its breakdown; with no such pair, none is said.
 */
function rolesOf(tables: readonly BudgetTable[], lead: ReadonlySet<object>): ("total" | "breakdown" | null)[] {
  const leading = tables.filter((t) => lead.has(t)).length;
  if (leading === 0 || leading === tables.length) return tables.map(() => null);
  return tables.map((t) => (lead.has(t) ? "total" : "breakdown"));
}

function writeBudget(b: SheetBuilder, tables: readonly BudgetTable[], unit: MoneyUnit | undefined, lead: ReadonlySet<object>): void {
  if (tables.length === 0) {
    b.line(b.t("noTable"), "note");
    return;
  }
  const roles = rolesOf(tables, lead);
  const totals: { role: "total" | "breakdown" | null; total: BlockTotal }[] = [];
  tables.forEach((table, t) => {
    const block = budgetBlock(table, unit);
    const role = roles[t];
    b.line(role === null ? block.sheet : `${block.sheet} · ${b.t(role === "total" ? "totalTable" : "breakdownTable")}`, "caption");
    const beside = block.sources.length <= SOURCES_BESIDE;
    const sourceLabels = beside ? block.sources.map((s) => b.t(s)) : [];
    b.header([b.t("program"), b.t("budget"), b.t("executed"), b.t("remaining"), b.t("rate"), ...sourceLabels]);
    const first = b.row;
    const layout = layoutAt(block, first);
    const last = first + block.lines.length - 1;
    const r = last + 1;
    writeLabels(b, layout);
    const budget = writeAmounts(b, 1, layout, r, (l) => l.budget);
    const executed = writeAmounts(b, 2, layout, r, (l) => l.executed);
    layout.rows.forEach((row, i) => {
      const parent = isParent(layout, i);
      b.formula(row, 3, `${a1(row, 1)}-${a1(row, 2)}`, budget.lines[i] - executed.lines[i], parent ? "parentAmount" : "amount");
      b.formula(row, 4, rateFormula(row, 1, 2), rateValue(budget.lines[i], executed.lines[i]), parent ? "parentRate" : "rate");
    });
    if (beside) writeSources(b, 5, layout, block, r);
    b.text(r, 0, b.t("total"), "totalLabel");
    b.formula(r, 3, sumOfRows(3, layout.tree.roots.map((i) => layout.rows[i])), budget.total - executed.total, "totalAmount");
    b.formula(r, 4, rateFormula(r, 1, 2), rateValue(budget.total, executed.total), "totalRate");
    totals.push({ role, total: { sheet: block.sheet, row: r, budget: budget.total, executed: executed.total } });
    b.row = r + 1;
    if (block.lines.length > 0) {
      b.dataBar({ top: first, left: 4, bottom: last, right: 4 }, 0, 1);
      b.chart({
        kind: "bar",
        title: `${b.t("rateChart")} · ${block.sheet}`,
        categories: { top: first, left: 0, bottom: last, right: 0 },
        values: { top: first, left: 4, bottom: last, right: 4 },
        anchor: { top: first - 2, left: LAST_COLUMN + 2, bottom: first + 12, right: LAST_COLUMN + 8 },
      });
    }
    if (!beside) {
      b.skip();
      writeSourceSplit(b, block);
    }
    b.skip();
  });
  const main = totals.filter((x) => x.role === "total").map((x) => x.total);
  const parts = totals.filter((x) => x.role === "breakdown").map((x) => x.total);
  if (main.length > 0 && parts.length > 0) writeReconciliation(b, main, parts);
}

/**
 * The total table's 계 against its breakdown's, and the difference between them as a line of its own: the
 * seed's 예산 totals 4,165,473 and its 사업별 예산 3,051,082, which nothing else on the page relates.
 */
function writeReconciliation(b: SheetBuilder, main: readonly BlockTotal[], parts: readonly BlockTotal[]): void {
  b.line(b.t("reconcileCaption"), "caption");
  b.header([b.t("reconcileItem"), b.t("budget"), b.t("executed")]);
  const sum = (items: readonly BlockTotal[], pick: (x: BlockTotal) => number) => items.reduce((acc, x) => acc + pick(x), 0);
  const cells = (items: readonly BlockTotal[], col: number) => items.map((x) => a1(x.row, col)).join("+");
  const rows = [
    { label: b.t("reconcileTotal", { sheets: main.map((x) => x.sheet).join(", ") }), items: main },
    { label: b.t("reconcileBreakdown", { sheets: parts.map((x) => x.sheet).join(", ") }), items: parts },
  ];
  const first = b.row;
  for (const { label, items } of rows) {
    b.text(b.row, 0, label, "label");
    b.formula(b.row, 1, cells(items, 1), sum(items, (x) => x.budget), "amount");
    b.formula(b.row, 2, cells(items, 2), sum(items, (x) => x.executed), "amount");
    b.row += 1;
  }
  const r = b.row;
  b.text(r, 0, b.t("reconcileDifference"), "totalLabel");
  b.formula(r, 1, `${a1(first, 1)}-${a1(first + 1, 1)}`, sum(main, (x) => x.budget) - sum(parts, (x) => x.budget), "totalAmount");
  b.formula(r, 2, `${a1(first, 2)}-${a1(first + 1, 2)}`, sum(main, (x) => x.executed) - sum(parts, (x) => x.executed), "totalAmount");
  b.row = r + 2;
}

function isParent(layout: BlockLayout, i: number): boolean {
  return layout.tree.children[i].length > 0;
}

/** Each line's name, linked to its cell: indented by its level, a parent's in bold. */
function writeLabels(b: SheetBuilder, layout: BlockLayout): void {
  layout.lines.forEach((line, i) => b.text(layout.rows[i], 0, line.label, labelStyle(line.level ?? 0, isParent(layout, i)), line.at));
}

const DETAIL_LABELS: readonly SummaryStyle[] = ["label", "label1", "label2", "label3", "label4"];
const PARENT_LABELS: readonly SummaryStyle[] = ["parentLabel0", "parentLabel1", "parentLabel2", "parentLabel3"];

/** Deeper levels than the palette has (분야 > 부문 > 정책사업 > 단위사업 > 세부사업 is five) share its deepest indent. */
function labelStyle(level: number, parent: boolean): SummaryStyle {
  const styles = parent ? PARENT_LABELS : DETAIL_LABELS;
  return styles[Math.min(level, styles.length - 1)];
}

/**
 * One amount column: a detail line's figure as stated, a parent's as the sum of its children's cells, the total
 * row (`totalRow`) as the sum of the top level's. Returns what each line and the total come to.
 */
function writeAmounts(b: SheetBuilder, col: number, layout: BlockLayout, totalRow: number, pick: (line: BudgetLine) => number | null): { lines: number[]; total: number } {
  const { lines, rows, tree } = layout;
  const figures = lines.map((line) => pick(line) ?? 0);
  // Children stand below their parent: from the last line up, every child is summed before its parent.
  for (let i = lines.length - 1; i >= 0; i--) {
    const children = tree.children[i];
    if (children.length > 0) figures[i] = children.reduce((acc, k) => acc + figures[k], 0);
  }
  lines.forEach((line, i) => {
    const children = tree.children[i];
    if (children.length === 0) b.number(rows[i], col, pick(line), "amount");
    else b.formula(rows[i], col, sumOfRows(col, children.map((k) => rows[k])), figures[i], "parentAmount");
  });
  const total = tree.roots.reduce((acc, i) => acc + figures[i], 0);
  b.formula(totalRow, col, sumOfRows(col, tree.roots.map((i) => rows[i])), total, "totalAmount");
  return { lines: figures, total };
}

function writeSources(b: SheetBuilder, firstCol: number, layout: BlockLayout, block: BudgetBlock, totalRow: number): void {
  block.sources.forEach((_, s) => writeAmounts(b, firstCol + s, layout, totalRow, (l) => l.sources[s]));
}

/** A split over more sources than fit beside the budget: program by source, in a table of its own below. */
function writeSourceSplit(b: SheetBuilder, block: BudgetBlock): void {
  b.header([`${b.t("program")} (${b.t("bySource")})`, ...block.sources.map((s) => b.t(s))]);
  const layout = layoutAt(block, b.row);
  const totalRow = b.row + block.lines.length;
  writeLabels(b, layout);
  writeSources(b, 1, layout, block, totalRow);
  b.text(totalRow, 0, b.t("total"), "totalLabel");
  b.row = totalRow + 1;
}
