import type { Grid } from "../grid";
import { kindOf } from "../kinds";
import type { ReadPlan } from "../names/plan";
import type { SheetRect } from "../names/reference";
import { unitInRows, UNIT_LINE_ROWS, type MoneyUnit } from "./money-unit";

/** The rows just above one planned range, read for the `(단위: …)` line that stands there outside the name. */
export interface UnitLineRead {
  readonly name: string;
  readonly rect: SheetRect;
  /** The index of the planned read it belongs to. */
  readonly of: number;
}

/**
 * Up to three rows above every range of a kind with a header: a name usually starts at the header, and the
 * title and `(단위: 천원)` line stand above it. Read in the same batch as the ranges, so Validate's round trips
 * stay as they are.
 */
export function unitLineReads(plan: ReadPlan): UnitLineRead[] {
  const reads: UnitLineRead[] = [];
  plan.reads.forEach(({ name, kind, rect }, of) => {
    if (kindOf(kind).header === null || rect.top === 0) return;
    const above = { sheet: rect.sheet, top: Math.max(0, rect.top - UNIT_LINE_ROWS), bottom: rect.top - 1, left: rect.left, right: rect.right };
    reads.push({ name, rect: above, of });
  });
  return reads;
}

/** The unit each planned range's line above states, by the plan's index (undefined where none does). */
export function unitsAbove(reads: readonly UnitLineRead[], grids: readonly Grid[], planned: number): (MoneyUnit | undefined)[] {
  const units = new Array<MoneyUnit | undefined>(planned).fill(undefined);
  reads.forEach((read, i) => {
    units[read.of] = unitInRows(grids[i].values);
  });
  return units;
}
