import type { Grid } from "../core/grid";
import type { DefinedName } from "../core/names/defined-name";
import type { SheetRect } from "../core/names/reference";

/** What a workbook holds before any range is read: its sheets and defined names. */
export interface WorkbookOutline {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  readonly names: readonly DefinedName[];
}

/** A range the core wants read, and the name it was wanted for. */
export interface RangeRequest {
  readonly name: string;
  readonly rect: SheetRect;
}

/**
 * The one port every host implements for reading (ExcelJS for `.xlsx` files, Office.js inside Excel).
 * Adapters translate; they decide nothing.
 */
export interface WorkbookSource {
  outline(): Promise<WorkbookOutline>;
  /**
   * Reads every requested range in one go (one round trip per phase in Excel). A request whose rect runs
   * past the sheet's used area comes back clipped to it; a range with no cells in use comes back with no rows.
   */
  readRanges(requests: readonly RangeRequest[]): Promise<Grid[]>;
}

export type UnreadableReason =
  | "not-found"
  | "not-a-zip"
  | "no-workbook"
  | "encrypted"
  | "legacy-xls"
  | "too-large"
  | "corrupt";

/** A file or document the adapter cannot read at all. The shells turn the reason into the user's language. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly source: string,
    readonly reason: UnreadableReason,
    readonly detail = "",
  ) {
    super(`${source}: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "UnreadableWorkbookError";
  }
}
