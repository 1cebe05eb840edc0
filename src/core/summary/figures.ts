import type { CellPosition } from "../address";
import type { Grid } from "../grid";
import { cellAddress } from "../grid-axes";
import type { WorkbookFacts } from "../facts";
import { cellTextAt, descriptionAt, lotFacts, statedNumberAt, unitCostOf, windowEnd } from "../inventory/lots";
import { amountAt } from "../tables/amounts";
import { FUNDING_SOURCES, type BudgetTable, type FundingSource, type InventoryTable, type StaffTable } from "../tables/types";
import { convertAmount, type MoneyUnit } from "../units/money-unit";
import { cellText } from "../values/cell-readers";
import { normalizeText } from "../values/text";
import { epochDays, fromEpochDays, type CivilDate } from "../values/dates";
import { finish, PIECE_ROWS, type Pieces } from "../pieces";

/** The figures a summary prints, read from the parsed tables: host-neutral, ready for any layout. */

export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
}

export interface BudgetLine {
  readonly label: string;
  readonly budget: number | null;
  readonly executed: number | null;
  /** In the order of the block's `sources`. */
  readonly sources: readonly (number | null)[];
  readonly at: SourceCell;
  /** In a budget with program levels: the row's level (0 the top), and whether it totals the rows below it. */
  readonly level?: number;
  readonly parent?: boolean;
}

export interface BudgetBlock {
  readonly name: string;
  readonly sheet: string;
  readonly sources: readonly FundingSource[];
  readonly lines: readonly BudgetLine[];
}

export interface StaffLine {
  readonly series: string;
  readonly grade: string;
  readonly authorized: number | null;
  readonly current: number | null;
}

interface StaffBlock {
  readonly name: string;
  readonly sheet: string;
  readonly lines: readonly StaffLine[];
}

export interface ReplacementLot {
  readonly id: string;
  readonly category: string;
  readonly description: string;
  readonly quantity: number | null;
  /** What the quantity counts (`대`, `식`, `㎞`); empty when the register has no unit column or leaves it blank. */
  readonly unit: string;
  readonly unitCost: number | null;
  readonly acquired: CivilDate;
  readonly due: CivilDate;
  readonly status: "overdue" | "dueSoon";
  readonly at: SourceCell;
}

function locate(table: { grid: Grid }, pos: CellPosition): SourceCell {
  return { sheet: table.grid.sheet, cell: cellAddress(table.grid, pos.row, pos.col) };
}

/**
 * A budget table's program lines, amounts stated in `unit` (the table's own unless said): its detail rows, and
 * in a budget with program levels its parent rows too, each with its level.
 */
export function budgetBlock(table: BudgetTable, unit: MoneyUnit = table.unit.unit): BudgetBlock {
  const sources = FUNDING_SOURCES.filter((s) => table.sourceCols.some((c) => c.source === s));
  const amount = (row: number, col: number | undefined) => {
    const value = col === undefined ? null : amountAt(table.grid, { row, col });
    return value === null ? null : convertAmount(value, table.unit.unit, unit);
  };
  return {
    name: table.name,
    sheet: table.grid.sheet,
    sources,
    lines: table.rows
      .filter((r) => r.kind === "detail" || r.kind === "parent")
      .map((r) => ({
        // A program row's name may stand in its level's column, which the parser read into its label.
        label: r.level === undefined ? cellText(table.grid.values[r.row][table.itemCol]) : r.label.trim(),
        budget: amount(r.row, table.budgetCol),
        executed: amount(r.row, table.executedCol),
        sources: sources.map((s) => amount(r.row, table.sourceCols.find((c) => c.source === s)?.col)),
        at: locate(table, { row: r.row, col: table.itemCol }),
        ...(r.level !== undefined && { level: r.level, parent: r.kind === "parent" }),
      })),
  };
}

export function staffBlock(table: StaffTable): StaffBlock {
  let series = "";
  return {
    name: table.name,
    sheet: table.grid.sheet,
    lines: table.lines.map((line) => {
      // A blank series under a filled one continues it, as people leave repeated labels out.
      series = line.series || series;
      return {
        series: [series, line.subSeries].filter((part) => part !== "").join(" · "),
        grade: line.grade,
        authorized: amountAt(table.grid, line.authorized),
        current: amountAt(table.grid, line.current),
      };
    }),
  };
}

/** Every overdue and due-soon lot of the inventory tables, by due date, unit costs stated in `unit`. */
export function replacementLots(tables: readonly InventoryTable[], facts: WorkbookFacts, dueWithinMonths: number, unit: MoneyUnit): ReplacementLot[] {
  return finish(replacementLotPieces(tables, facts, dueWithinMonths, unit));
}

/** `replacementLots`, pausing every `PIECE_ROWS` lots of a table. */
export function* replacementLotPieces(tables: readonly InventoryTable[], facts: WorkbookFacts, dueWithinMonths: number, unit: MoneyUnit): Pieces<ReplacementLot[]> {
  const lots: ReplacementLot[] = [];
  // Each lot's due day, the sort's key, reckoned once per lot rather than at every comparison.
  const dueDays: number[] = [];
  const asOf = epochDays(facts.asOf);
  const end = windowEnd(facts.asOf, dueWithinMonths);
  for (const table of tables) {
    const { acquired, due } = lotFacts(table, facts);
    for (const [i, row] of table.lotRows.entries()) {
      if (i > 0 && i % PIECE_ROWS === 0) yield;
      if (!(due[i] <= end)) continue;
      const cost = unitCostOf(table, row);
      lots.push({
        id: cellTextAt(table, row, "id"),
        category: cellTextAt(table, row, "category"),
        description: descriptionAt(table, row),
        quantity: statedNumberAt(table, row, "quantity"),
        unit: normalizeText(cellTextAt(table, row, "unit")).trim(),
        unitCost: cost === null || table.unit === null ? null : convertAmount(cost, table.unit.unit, unit),
        acquired: fromEpochDays(acquired[i]),
        due: fromEpochDays(due[i]),
        status: due[i] <= asOf ? "overdue" : "dueSoon",
        at: locate(table, { row, col: table.columns.acquired! }),
      });
      dueDays.push(epochDays(lots[lots.length - 1].due));
    }
  }
  yield;
  // A stable sort of the positions: lots due the same day keep the tables' order.
  const order = lots.map((_, i) => i).sort((a, b) => dueDays[a] - dueDays[b]);
  return order.map((i) => lots[i]);
}

/** Quantity × unit cost, or null when either is unknown. */
export function estimatedCost(lot: ReplacementLot): number | null {
  return lot.quantity === null || lot.unitCost === null ? null : lot.quantity * lot.unitCost;
}
