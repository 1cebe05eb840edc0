import { numberFormatAt } from "../grid";
import type { WorkbookFacts } from "../rule";
import { words } from "../tables/headers";
import type { InventoryRole, InventoryTable } from "../tables/types";
import { amountOf, cellText, readDate, readNumber, type NumberReading } from "../values/cell-readers";
import { addMonths, addYears, epochDays, fromEpochDays, type CivilDate } from "../values/dates";
import { labelKey } from "../values/text";

/** Leased lots are not ours to replace; disposed ones are gone: both are out of replacement planning. */
const isLeased = words("임대", "Leased", "Lease");
const isDisposed = words("폐기", "불용", "Disposed");

export function cellTextAt(table: InventoryTable, row: number, role: InventoryRole): string {
  const col = table.columns[role];
  return col === undefined ? "" : cellText(table.grid.values[row][col]);
}

export function numberAt(table: InventoryTable, row: number, role: InventoryRole): NumberReading | undefined {
  const col = table.columns[role];
  return col === undefined ? undefined : readNumber(table.grid.values[row][col], numberFormatAt(table.grid, row, col));
}

/** How a lot is named in a message: its id, else its description, else its category. */
export function lotLabel(table: InventoryTable, row: number): string {
  return cellTextAt(table, row, "id") || cellTextAt(table, row, "description") || cellTextAt(table, row, "category");
}

export const LIFE_FOUND = 0;
export const LIFE_UNKNOWN = 1;
export const LIFE_INVALID = 2;
export const LIFE_UNREADABLE = 3;

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

const cache = new WeakMap<InventoryTable, { facts: WorkbookFacts; lots: LotFacts }>();

export function lotFacts(table: InventoryTable, facts: WorkbookFacts): LotFacts {
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
  const { grid, columns } = table;
  const acquiredCol = columns.acquired!;
  for (let i = 0; i < n; i++) {
    const row = table.lotRows[i];
    const acquired = readDate(grid.values[row][acquiredCol], numberFormatAt(grid, row, acquiredCol));
    if (acquired.kind === "blank") lots.acquiredBlank[i] = 1;
    else if (acquired.kind === "date") lots.acquired[i] = epochDays(acquired.date);

    const status = labelKey(cellTextAt(table, row, "status"));
    lots.outOfPlan[i] = status !== "" && (isLeased(status) || isDisposed(status)) ? 1 : 0;

    const stated = numberAt(table, row, "life");
    if (stated && stated.kind !== "blank" && !(stated.kind === "text-number" && stated.dash)) {
      const years = amountOf(stated);
      if (years === null) lots.lifeState[i] = LIFE_UNREADABLE;
      else if (years > 0) lots.life[i] = years;
      else {
        lots.lifeState[i] = LIFE_INVALID;
        lots.statedLife[i] = years;
      }
    } else {
      const years = facts.usefulLife.get(labelKey(cellTextAt(table, row, "category")));
      if (years === undefined) lots.lifeState[i] = LIFE_UNKNOWN;
      else lots.life[i] = years;
    }

    if (!lots.outOfPlan[i] && lots.lifeState[i] === LIFE_FOUND && !Number.isNaN(lots.acquired[i])) {
      lots.due[i] = epochDays(addYears(fromEpochDays(lots.acquired[i]), lots.life[i]));
    }
  }
  cache.set(table, { facts, lots });
  return lots;
}

/** The last day of the due-soon window, in epoch days. */
export function windowEnd(asOf: CivilDate, dueWithinMonths: number): number {
  return epochDays(addMonths(asOf, dueWithinMonths));
}
