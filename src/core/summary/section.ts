import type { WorkbookFacts } from "../facts";
import type { LocalizedText } from "../messages";
import { LAST_COLUMN, type SheetBuilder } from "./sheet-builder";
import type { SheetRole } from "./sheet-spec";
import { unitLabel, type SectionUnit } from "./unit";
import { UNIT_NAMES } from "../units/money-unit";
import type { Pieces } from "../pieces";

/** Past this many rows a list moves to its own sheet, so the summary stays printable. */
export const LONG_LIST = 200;
/** How many rows of a long list the summary still shows. */
export const SHOWN_OF_LONG_LIST = 20;

/** What a section may know besides the items it lists. */
export interface SectionContext {
  readonly facts: WorkbookFacts;
  readonly dueWithinMonths: number;
  /** The unit the section prints amounts in (`SummarySection.unit`); null for a section of counts or no tables. */
  readonly unit: SectionUnit | null;
  /**
   * The tables under the kind's plain name (`Budget`, `예산`) when others of the kind (`Budget_*`) stand
   * beside them: the total the others break down. Empty when no such pair is there.
   */
  readonly lead: ReadonlySet<object>;
}

/** A sheet of its own for a list too long for the summary, written under the summary's header and linked from it. */
export interface CompanionSheet {
  readonly name: string;
  readonly role: SheetRole;
  /** Writes the list, pausing between pieces of it: it may run to tens of thousands of rows. */
  write(b: SheetBuilder): Pieces<void>;
}

/**
 * A numbered section of the summary sheet: one per kind of table that has one (in the registry's order), then
 * the findings.
 */
export interface SummarySection<T> {
  readonly heading: LocalizedText;
  /** The money unit its items' amounts are printed in, which the heading states at its right; absent for counts. */
  unit?(items: readonly T[]): SectionUnit | null;
  /** Writes the section under its heading; returns the sheet its full list goes to when it is too long. */
  write(b: SheetBuilder, items: readonly T[], context: SectionContext): CompanionSheet | null;
  /** `write`, pausing between pieces: for a section whose work grows with its tables' rows. */
  writePieces?(b: SheetBuilder, items: readonly T[], context: SectionContext): Pieces<CompanionSheet | null>;
}

/** `1. 예산 집행`: a section's heading with its number. */
export function numberedHeading(b: SheetBuilder, number: number, heading: LocalizedText): string {
  return `${number}. ${heading[b.lang]}`;
}

/**
 * The heading line of a section of the summary sheet (the consolidated summary writes its own), with the unit
 * of its amounts at its right, and a note under it when its tables were converted into that unit.
 */
export function writeSectionHeading(b: SheetBuilder, number: number, heading: LocalizedText, unit: SectionUnit | null): void {
  const text = numberedHeading(b, number, heading);
  if (unit === null) return b.line(text, "section");
  b.text(b.row, 0, text, "section");
  b.text(b.row, LAST_COLUMN, unitLabel(b, unit), "unit");
  b.row += 1;
  if (unit.converted) b.line(b.t("unitConverted", { unit: UNIT_NAMES[unit.unit][b.lang] }), "note");
}
