import { numberFormatAt } from "./grid";
import type { CheckOptions } from "./options";
import type { WorkbookFacts } from "./rule";
import type { Subject } from "./tables/types";
import { amountOf, cellText, readDate, readNumber } from "./values/cell-readers";
import type { CivilDate } from "./values/dates";
import { labelKey } from "./values/text";

/** The as-of date of the workbook's first readable `AsOfDate` cell, if any. */
export function workbookAsOf(subjects: readonly Subject[]): CivilDate | undefined {
  for (const s of subjects) {
    if (s.kind !== "asOf") continue;
    const reading = readDate(s.grid.values[0][0], numberFormatAt(s.grid, 0, 0));
    if (reading.kind === "date") return reading.date;
  }
  return undefined;
}

/** Useful lives by category, first table and first row winning; unreadable lives are left to the cell rules. */
export function usefulLives(subjects: readonly Subject[]): Map<string, number> {
  const lives = new Map<string, number>();
  for (const s of subjects) {
    if (s.kind !== "usefulLife") continue;
    for (let row = s.firstDataRow; row <= s.lastDataRow; row++) {
      const key = labelKey(cellText(s.grid.values[row][s.categoryCol]));
      const reading = readNumber(s.grid.values[row][s.lifeCol], numberFormatAt(s.grid, row, s.lifeCol));
      const years = reading.kind === "blank" ? null : amountOf(reading);
      if (key !== "" && years !== null && years > 0 && !lives.has(key)) lives.set(key, years);
    }
  }
  return lives;
}

export function gatherFacts(subjects: readonly Subject[], options: CheckOptions): WorkbookFacts {
  return {
    usefulLife: usefulLives(subjects),
    asOf: options.asOf ?? workbookAsOf(subjects) ?? options.today,
  };
}
