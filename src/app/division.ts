import { divisionFigures, type DivisionFigures } from "../core/summary/division";
import { MARKER_NAMES } from "../core/summary/generated-sheets";
import type { WorkbookReader } from "../workbook/port";
import type { NoNames } from "./check-workbook";
import type { Clock } from "./clock";
import type { RunOptions } from "./options";
import { validate, type Validated } from "./validate";

export interface DivisionChecked extends Validated {
  /** The figures a consolidated summary shows; null when none was asked for. */
  readonly figures: DivisionFigures | null;
}

export type DivisionCheck =
  | DivisionChecked
  | NoNames
  /** A consolidated summary written before: it holds only our sheet, so it is no division's workbook. */
  | { readonly kind: "ours" };

/** One division's workbook of a folder run: validated, with the figures of a consolidated summary when wanted. */
export async function checkDivision(workbook: WorkbookReader, clock: Clock, options: RunOptions, figures: boolean): Promise<DivisionCheck> {
  const validated = await validate(workbook, clock, options);
  if (validated.kind === "no-names") {
    return validated.definedNames.includes(MARKER_NAMES.summary) ? { kind: "ours" } : validated;
  }
  const { check } = validated;
  return { ...validated, figures: figures ? divisionFigures(check.subjects, check.facts, validated.options.dueWithinMonths) : null };
}
