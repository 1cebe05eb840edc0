import { numberFormatAt } from "./grid";
import type { CheckOptions } from "./options";
import type { AsOfCell, UsefulLifeTable } from "./tables/types";
import { amountOf, cellText, readDate, readNumber } from "./values/cell-readers";
import type { CivilDate } from "./values/dates";
import { labelKey } from "./values/text";

/**
 * Where the as-of date came from: the caller's choice (`--as-of`, the pane's setting), the workbook's
 * `AsOfDate`/`기준일` cell, or today, which the outputs then say aloud.
 */
export type AsOfSource = "option" | "workbook" | "today";

/** What every rule may know about the workbook beyond the table in hand. */
export interface WorkbookFacts {
  /** Useful life in years by category key (see `labelKey`), from the `UsefulLife` tables. */
  readonly usefulLife: ReadonlyMap<string, number>;
  readonly asOf: CivilDate;
  readonly asOfSource: AsOfSource;
}

/** The as-of date of the workbook's first readable `AsOfDate` cell, if any. */
function workbookAsOf(cells: readonly AsOfCell[]): CivilDate | undefined {
  for (const s of cells) {
    const reading = readDate(s.grid.values[0][0], numberFormatAt(s.grid, 0, 0));
    if (reading.kind === "date") return reading.date;
  }
  return undefined;
}

/** Useful lives by category, first table and first row winning; unreadable lives are left to the cell rules. */
function usefulLives(tables: readonly UsefulLifeTable[]): Map<string, number> {
  const lives = new Map<string, number>();
  for (const s of tables) {
    for (let row = s.firstDataRow; row <= s.lastDataRow; row++) {
      const key = labelKey(cellText(s.grid.values[row][s.categoryCol]));
      const reading = readNumber(s.grid.values[row][s.lifeCol], numberFormatAt(s.grid, row, s.lifeCol));
      const years = reading.kind === "blank" ? null : amountOf(reading);
      if (key !== "" && years !== null && years > 0 && !lives.has(key)) lives.set(key, years);
    }
  }
  return lives;
}

/** The as-of date (the options', else the workbook's `AsOfDate`, else today) and the `UsefulLife` tables' lives. */
export function gatherFacts(asOfCells: readonly AsOfCell[], lifeTables: readonly UsefulLifeTable[], options: CheckOptions): WorkbookFacts {
  const usefulLife = usefulLives(lifeTables);
  if (options.asOf) return { usefulLife, asOf: options.asOf, asOfSource: "option" };
  const stated = workbookAsOf(asOfCells);
  return stated ? { usefulLife, asOf: stated, asOfSource: "workbook" } : { usefulLife, asOf: options.today, asOfSource: "today" };
}
