import { a1 } from "../../address";
import type { BudgetTable } from "../../tables/types";
import { budgetBlock, type BudgetBlock } from "../figures";
import type { SummarySection } from "../section";
import { sectionUnit } from "../unit";
import type { MoneyUnit } from "../../units/money-unit";
import { LAST_COLUMN, rateFormula, rateValue, sumFormula, type SheetBuilder } from "../sheet-builder";

/**
 * Budget by program, one block per budget range: budget, executed, remaining, rate, and the funding sources
 * the range has. Remaining, rate and the total row are formulas, so the sheet stays right if someone edits it.
 */
export const budgetSection: SummarySection<BudgetTable> = {
  heading: { ko: "예산 집행", en: "Budget execution" },
  unit(tables) {
    return sectionUnit(tables, (table) => table.unit, (table) => budgetBlock(table).lines.flatMap((l) => [l.budget, l.executed, ...l.sources]));
  },
  write(b, tables, { unit }) {
    writeBudget(b, tables, unit?.unit);
    return null;
  },
};

/** The printed page has room for this many funding sources beside the five budget columns; more go below. */
const SOURCES_BESIDE = LAST_COLUMN - 4;

function writeBudget(b: SheetBuilder, tables: readonly BudgetTable[], unit: MoneyUnit | undefined): void {
  if (tables.length === 0) {
    b.line(b.t("noTable"), "note");
    return;
  }
  for (const block of tables.map((table) => budgetBlock(table, unit))) {
    b.line(`${block.sheet} (${block.name})`, "caption");
    const beside = block.sources.length <= SOURCES_BESIDE;
    const sourceLabels = beside ? block.sources.map((s) => b.t(s)) : [];
    b.header([b.t("program"), b.t("budget"), b.t("executed"), b.t("remaining"), `${b.t("rate")}(%)`, ...sourceLabels]);
    const first = b.row;
    for (const line of block.lines) {
      const r = b.row;
      b.text(r, 0, line.label, "label", line.at);
      b.number(r, 1, line.budget, "amount");
      b.number(r, 2, line.executed, "amount");
      const budget = line.budget ?? 0;
      const executed = line.executed ?? 0;
      b.formula(r, 3, `${a1(r, 1)}-${a1(r, 2)}`, budget - executed, "amount");
      b.formula(r, 4, rateFormula(r, 1, 2), rateValue(budget, executed), "rate");
      if (beside) writeSources(b, r, 5, line.sources);
      b.row += 1;
    }
    const last = b.row - 1;
    const r = b.row;
    const sum = (pick: (l: (typeof block.lines)[number]) => number | null) =>
      block.lines.reduce((acc, l) => acc + (pick(l) ?? 0), 0);
    const budget = sum((l) => l.budget);
    const executed = sum((l) => l.executed);
    b.text(r, 0, b.t("total"), "totalLabel");
    b.formula(r, 1, sumFormula(1, first, last), budget, "totalAmount");
    b.formula(r, 2, sumFormula(2, first, last), executed, "totalAmount");
    b.formula(r, 3, sumFormula(3, first, last), budget - executed, "totalAmount");
    b.formula(r, 4, rateFormula(r, 1, 2), rateValue(budget, executed), "totalRate");
    if (beside) writeSourceTotals(b, r, 5, block, first, last);
    b.row += 1;
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
  }
}

/** A split over more sources than fit beside the budget: program by source, in a table of its own below. */
function writeSourceSplit(b: SheetBuilder, block: BudgetBlock): void {
  b.header([`${b.t("program")} (${b.t("bySource")})`, ...block.sources.map((s) => b.t(s))]);
  const first = b.row;
  for (const line of block.lines) {
    b.text(b.row, 0, line.label, "label", line.at);
    writeSources(b, b.row, 1, line.sources);
    b.row += 1;
  }
  b.text(b.row, 0, b.t("total"), "totalLabel");
  writeSourceTotals(b, b.row, 1, block, first, b.row - 1);
  b.row += 1;
}

function writeSources(b: SheetBuilder, row: number, firstCol: number, amounts: readonly (number | null)[]): void {
  amounts.forEach((amount, i) => b.number(row, firstCol + i, amount, "amount"));
}

function writeSourceTotals(b: SheetBuilder, row: number, firstCol: number, block: BudgetBlock, first: number, last: number): void {
  block.sources.forEach((_, i) => {
    const total = block.lines.reduce((acc, l) => acc + (l.sources[i] ?? 0), 0);
    b.formula(row, firstCol + i, sumFormula(firstCol + i, first, last), total, "totalAmount");
  });
}
