import { convertAmount, MONEY_UNITS, UNIT_NAMES, type MoneyUnit, type TableUnit } from "../units/money-unit";
import type { SheetBuilder } from "./sheet-builder";

/** The one money unit a section prints its tables' amounts in. */
export interface SectionUnit {
  readonly unit: MoneyUnit;
  /** No table of the section states a unit: 천원 is assumed. */
  readonly assumed: boolean;
  /** The tables' units differ, so some were converted into this one. */
  readonly converted: boolean;
}

/**
 * The unit of a section's tables when they agree. When they differ, the largest of their units in which every
 * amount stays whole (so no digit is lost), else the smallest of them. Null when no table holds amounts.
 */
export function sectionUnit<T>(
  tables: readonly T[],
  unitOf: (table: T) => TableUnit | null,
  amountsOf: (table: T) => readonly (number | null)[],
): SectionUnit | null {
  const priced = tables.flatMap((table) => {
    const unit = unitOf(table);
    return unit ? [{ table, unit }] : [];
  });
  if (priced.length === 0) return null;
  const units = MONEY_UNITS.filter((unit) => priced.some((p) => p.unit.unit === unit));
  const assumed = priced.every((p) => p.unit.source === "assumed");
  if (units.length === 1) return { unit: units[0], assumed, converted: false };
  const whole = (to: MoneyUnit) =>
    priced.every(({ table, unit }) => amountsOf(table).every((v) => v === null || Number.isInteger(roundOff(convertAmount(v, unit.unit, to)))));
  return { unit: units.find(whole) ?? units[units.length - 1], assumed: false, converted: true };
}

/** Floating-point noise off a converted amount: 1,234 원 is 1.234 천원, not 1.2339999. */
function roundOff(value: number): number {
  return Number(value.toFixed(6));
}

/** `(단위: 원)`, `(단위: 천원, 가정)`: what a section's heading states at its right. */
export function unitLabel(b: SheetBuilder, unit: SectionUnit): string {
  return b.t(unit.assumed ? "unitAssumed" : "unit", { unit: UNIT_NAMES[unit.unit][b.lang] });
}
