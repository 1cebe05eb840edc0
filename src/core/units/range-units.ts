import type { Subject } from "../subject";
import type { TableUnit } from "./money-unit";

/** The money unit of one checked range, as the outputs list it. */
export interface RangeUnit {
  readonly name: string;
  readonly sheet: string;
  readonly unit: TableUnit;
}

/** A subject's money unit: null for a table without amounts (staff, useful lives, counts) or not read as a table. */
export function unitOf(subject: Subject): TableUnit | null {
  return "unit" in subject && subject.unit ? subject.unit : null;
}

/** The unit of every checked table of amounts, in the subjects' order. */
export function rangeUnits(subjects: readonly Subject[]): RangeUnit[] {
  const units: RangeUnit[] = [];
  for (const subject of subjects) {
    const unit = unitOf(subject);
    if (unit && subject.grid) units.push({ name: subject.name, sheet: subject.grid.sheet, unit });
  }
  return units;
}
