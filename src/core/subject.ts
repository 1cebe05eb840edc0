import type { BeyondLimits, Grid } from "./grid";
import type { Table, TableKind } from "./kinds";
import type { BrokenReason } from "./names/reference";

/** A range whose layout could not be recognised: the words it looked for are not there. */
interface UnrecognizedTable {
  readonly kind: "unrecognized";
  readonly name: string;
  readonly grid: Grid;
  readonly intended: TableKind;
  /** The header words (in the user's language, by role) that were looked for and not found. */
  readonly missing: readonly string[];
}

/** A defined name that points at no usable cells. */
export interface BrokenName {
  readonly kind: "broken-name";
  readonly name: string;
  readonly reason: BrokenReason | "empty";
  readonly sheet?: string;
  /** For an empty range: where it is. */
  readonly grid?: Grid;
}

/** A sheet holding cells or merged areas past Excel's last row or column, which were left unread. */
export interface SheetBeyondLimits {
  readonly kind: "beyond-limits";
  /** Empty: no name stands for them. */
  readonly name: "";
  readonly sheet: string;
  readonly beyond: BeyondLimits;
  /** The first one's address when it is one cell (`XFE1048577`), else empty (a merged area, a row without cells). */
  readonly cell: string;
  readonly grid?: undefined;
}

/** Everything a rule can be handed. */
export type Subject = Table | UnrecognizedTable | BrokenName | SheetBeyondLimits;
export type SubjectKind = Subject["kind"];

/** The subjects that are tables of one kind, typed as such. */
export function tablesOf<K extends TableKind>(subjects: readonly Subject[], kind: K): Extract<Table, { kind: K }>[] {
  return subjects.filter((s): s is Extract<Table, { kind: K }> => s.kind === kind);
}
