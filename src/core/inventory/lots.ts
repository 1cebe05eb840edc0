import { numberFormatAt, type CellValue } from "../grid";
import type { WorkbookFacts } from "../facts";
import { rowSpans } from "../row-spans";
import { finish, type Pieces } from "../pieces";
import { words } from "../tables/headers";
import type { InventoryRole, InventoryTable } from "../tables/types";
import { amountOf, cellText, isPlainNumber, numberDateDays, readDate, readNumber, type NumberReading } from "../values/cell-readers";
import { addMonths, addYearsToEpochDays, epochDays, type CivilDate } from "../values/dates";
import { labelKey } from "../values/text";
import { OwnedCache } from "../owned-cache";

/**
 * Statuses that take a lot out of replacement planning: leased lots are not ours to replace; unserviceable,
 * sold, transferred, scrapped and returned ones are gone (only lots in use, 운용, are planned).
 */
const isOutOfPlanStatus = words(
  "임대", "불용", "처분", "매각", "양여", "폐기", "반납",
  "Leased", "Lease", "Disposed", "Unserviceable", "Sold", "Transferred", "Scrapped", "Returned",
);

export function cellTextAt(table: InventoryTable, row: number, role: InventoryRole): string {
  const col = table.columns[role];
  return col === undefined ? "" : cellText(table.grid.values[row][col]);
}

function numberAt(table: InventoryTable, row: number, role: InventoryRole): NumberReading | undefined {
  const col = table.columns[role];
  return col === undefined ? undefined : readNumber(table.grid.values[row][col], numberFormatAt(table.grid, row, col));
}

/** A number the row states in a column: null when there is no such column, the cell is blank or unreadable. */
export function statedNumberAt(table: InventoryTable, row: number, role: InventoryRole): number | null {
  const reading = numberAt(table, row, role);
  return reading === undefined || reading.kind === "blank" ? null : amountOf(reading);
}

/** The unit cost a lot is replaced at: the one it states, else its stated amount over its quantity. */
export function unitCostOf(table: InventoryTable, row: number): number | null {
  const stated = statedNumberAt(table, row, "unitCost");
  if (stated !== null) return stated;
  const amount = statedNumberAt(table, row, "amount");
  const quantity = statedNumberAt(table, row, "quantity");
  return amount === null || quantity === null || quantity === 0 ? null : amount / quantity;
}

/** What a lot is: its item name and, where the register has one, its specification (품명 and 규격). */
export function descriptionAt(table: InventoryTable, row: number): string {
  const description = cellTextAt(table, row, "description");
  const spec = cellTextAt(table, row, "spec");
  return description && spec ? `${description} ${spec}` : description || spec;
}

/** How a lot is named in a message: its id, else its description, else its category. */
export function lotLabel(table: InventoryTable, row: number): string {
  return cellTextAt(table, row, "id") || descriptionAt(table, row) || cellTextAt(table, row, "category");
}

const LIFE_FOUND = 0;
export const LIFE_UNKNOWN = 1;
export const LIFE_INVALID = 2;
const LIFE_UNREADABLE = 3;

/**
 * What the inventory rules and the replacement plan need of every lot, read in one pass and kept in typed
 * arrays indexed like `table.lotRows`: a register of a million lots is read once, not once per rule.
 */
export interface LotFacts {
  /** Epoch days of the acquisition date; NaN when the cell is blank or unreadable. */
  readonly acquired: Float64Array;
  /** 1 where the acquisition cell is empty. */
  readonly acquiredBlank: Uint8Array;
  /** Useful life in years (the row's, else the category's in `UsefulLife`); NaN unless LIFE_FOUND. */
  readonly life: Float64Array;
  readonly lifeState: Uint8Array;
  /** The life as the row states it, for messages about an unusable one. */
  readonly statedLife: Float64Array;
  /** Leased or disposed: out of replacement planning. */
  readonly outOfPlan: Uint8Array;
  /** Epoch days of the due date, acquired + life in calendar years; NaN when the lot cannot be planned. */
  readonly due: Float64Array;
}

const cache = new OwnedCache<InventoryTable, { facts: WorkbookFacts; lots: LotFacts }>("lot facts");

export function lotFacts(table: InventoryTable, facts: WorkbookFacts): LotFacts {
  return finish(lotFactsPieces(table, facts));
}

/**
 * `lotFacts`, pausing every `PIECE_ROWS` lots, and once more after the last when it read any: a rule that reads
 * them first starts its own rows in a piece of its own. Kept, like `lotFacts`, for every later caller.
 */
export function* lotFactsPieces(table: InventoryTable, facts: WorkbookFacts): Pieces<LotFacts> {
  const cached = cache.get(table);
  if (cached?.facts === facts) return cached.lots;
  const n = table.lotRows.length;
  const lots: LotFacts = {
    acquired: new Float64Array(n).fill(NaN),
    acquiredBlank: new Uint8Array(n),
    life: new Float64Array(n).fill(NaN),
    lifeState: new Uint8Array(n),
    statedLife: new Float64Array(n).fill(NaN),
    outOfPlan: new Uint8Array(n),
    due: new Float64Array(n).fill(NaN),
  };
  // Statuses and categories repeat down a register: each distinct cell is judged once.
  const memo: LotMemo = { outOfPlanByStatus: new Map(), lifeByCategory: new Map() };
  yield* rowSpans(n, (from, to) => readLots(table, facts, lots, memo, from, to));
  cache.set(table, { facts, lots });
  if (n > 0) yield;
  return lots;
}

/** What `readLots` has judged so far of a register's distinct status and category cells. */
interface LotMemo {
  readonly outOfPlanByStatus: Map<CellValue, boolean>;
  readonly lifeByCategory: Map<CellValue, number | undefined>;
}

/** Reads lots `from` to `to - 1` of `table` into `lots`: a plain function, which V8 optimises as a whole. */
function readLots(table: InventoryTable, facts: WorkbookFacts, lots: LotFacts, memo: LotMemo, from: number, to: number): void {
  const { grid, columns } = table;
  const acquiredCol = columns.acquired!;
  const lifeCol = columns.life;
  const { outOfPlanByStatus, lifeByCategory } = memo;
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    const cells = grid.values[row];
    // A number is read without the objects readDate makes: most acquisition cells are serials.
    const acquiredCell = cells[acquiredCol];
    const acquiredFormat = numberFormatAt(grid, row, acquiredCol);
    if (typeof acquiredCell === "number") lots.acquired[i] = numberDateDays(acquiredCell, acquiredFormat);
    else {
      const acquired = readDate(acquiredCell, acquiredFormat);
      if (acquired.kind === "blank") lots.acquiredBlank[i] = 1;
      else if (acquired.kind === "date") lots.acquired[i] = epochDays(acquired.date);
    }

    const statusCell = columns.status === undefined ? null : cells[columns.status];
    let outOfPlan = outOfPlanByStatus.get(statusCell);
    if (outOfPlan === undefined) {
      const status = labelKey(cellText(statusCell));
      outOfPlan = status !== "" && isOutOfPlanStatus(status);
      outOfPlanByStatus.set(statusCell, outOfPlan);
    }
    lots.outOfPlan[i] = outOfPlan ? 1 : 0;

    // A blank or a dash means "the category's life"; a number is taken without readNumber's object.
    const lifeCell = lifeCol === undefined ? null : cells[lifeCol];
    const stated = lifeCell === null || isPlainNumber(lifeCell) ? lifeCell : readNumber(lifeCell, numberFormatAt(grid, row, lifeCol!));
    if (stated === null || (typeof stated === "object" && (stated.kind === "blank" || (stated.kind === "text-number" && stated.dash)))) {
      const categoryCell = columns.category === undefined ? null : cells[columns.category];
      let years = lifeByCategory.get(categoryCell);
      if (years === undefined && !lifeByCategory.has(categoryCell)) {
        years = facts.usefulLife.get(labelKey(cellText(categoryCell)));
        lifeByCategory.set(categoryCell, years);
      }
      if (years === undefined) lots.lifeState[i] = LIFE_UNKNOWN;
      else lots.life[i] = years;
    } else {
      const years = typeof stated === "number" ? stated : amountOf(stated);
      if (years === null) lots.lifeState[i] = LIFE_UNREADABLE;
      else if (years > 0) lots.life[i] = years;
      else {
        lots.lifeState[i] = LIFE_INVALID;
        lots.statedLife[i] = years;
      }
    }

    if (!outOfPlan && lots.lifeState[i] === LIFE_FOUND && !Number.isNaN(lots.acquired[i])) {
      lots.due[i] = addYearsToEpochDays(lots.acquired[i], lots.life[i]);
    }
  }
}

/** The last day of the due-soon window, in epoch days. */
export function windowEnd(asOf: CivilDate, dueWithinMonths: number): number {
  return epochDays(addMonths(asOf, dueWithinMonths));
}
