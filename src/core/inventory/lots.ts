import { numberFormatAt } from "../grid";
import type { WorkbookFacts } from "../rule";
import type { InventoryRole, InventoryTable } from "../tables/types";
import { addMonths, addYears, compareDates, type CivilDate } from "../values/dates";
import { amountOf, cellText, readDate, readNumber, type DateReading, type NumberReading } from "../values/cell-readers";
import { labelKey } from "../values/text";
import { words } from "../tables/headers";

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

export function acquiredAt(table: InventoryTable, row: number): DateReading {
  const col = table.columns.acquired!;
  return readDate(table.grid.values[row][col], numberFormatAt(table.grid, row, col));
}

export function isOutOfPlan(table: InventoryTable, row: number): boolean {
  const key = labelKey(cellTextAt(table, row, "status"));
  return isLeased(key) || isDisposed(key);
}

export type LifeLookup =
  | { readonly kind: "found"; readonly years: number; readonly fromTable: boolean }
  | { readonly kind: "unknown" }
  | { readonly kind: "invalid"; readonly years: number }
  | { readonly kind: "unreadable" };

/** The lot's useful life: its own cell, else the category's row in `UsefulLife`. */
export function lifeOf(table: InventoryTable, row: number, facts: WorkbookFacts): LifeLookup {
  const reading = numberAt(table, row, "life");
  if (reading && reading.kind !== "blank" && !(reading.kind === "text-number" && reading.dash)) {
    const years = amountOf(reading);
    if (years === null) return { kind: "unreadable" };
    return years > 0 ? { kind: "found", years, fromTable: false } : { kind: "invalid", years };
  }
  const years = facts.usefulLife.get(labelKey(cellTextAt(table, row, "category")));
  return years === undefined ? { kind: "unknown" } : { kind: "found", years, fromTable: true };
}

export interface LotSchedule {
  readonly acquired: CivilDate;
  readonly life: number;
  readonly due: CivilDate;
  readonly status: "overdue" | "dueSoon" | "later";
}

/**
 * When a lot falls due (acquired + life in calendar years; 29 February falls due on 28 February) and whether
 * that is on or before the as-of date, within the window after it, or later. Null when it cannot be planned.
 */
export function scheduleOf(
  table: InventoryTable,
  row: number,
  facts: WorkbookFacts,
  dueWithinMonths: number,
): LotSchedule | null {
  if (isOutOfPlan(table, row)) return null;
  const acquired = acquiredAt(table, row);
  const life = lifeOf(table, row, facts);
  if (acquired.kind !== "date" || life.kind !== "found") return null;
  const due = addYears(acquired.date, life.years);
  const status =
    compareDates(due, facts.asOf) <= 0
      ? "overdue"
      : compareDates(due, addMonths(facts.asOf, dueWithinMonths)) <= 0
        ? "dueSoon"
        : "later";
  return { acquired: acquired.date, life: life.years, due, status };
}

/** How a lot is named in a message: its id, else its description, else its category. */
export function lotLabel(table: InventoryTable, row: number): string {
  return cellTextAt(table, row, "id") || cellTextAt(table, row, "description") || cellTextAt(table, row, "category");
}
