import type { Lang } from "../core/finding";
import type { Grid } from "../core/grid";
import type { DefinedName } from "../core/names/defined-name";
import type { ExcelTable } from "../core/names/excel-table";
import type { SheetRect } from "../core/names/reference";
import type { WorkbookRecord } from "../core/stamp/record";
import type { Pace } from "../core/progress";
import type { SheetRole, SummaryBook } from "../core/summary/sheet-spec";

/** What a workbook holds before any range is read: its sheets, defined names and Excel tables. */
export interface WorkbookOutline {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  readonly names: readonly DefinedName[];
  readonly tables: readonly ExcelTable[];
  /** Each sheet's id, beside `sheets` (Excel's `Worksheet.id`, by which a change event names its sheet); a file has none. */
  readonly sheetIds?: readonly string[];
}

/** An edit Excel reported (`onChanged`), before anything is read about it. */
export interface SheetEdit {
  /** The sheet's id: the event names no sheet, and a sheet's name may change. */
  readonly sheetId: string;
  /** The cells changed, on that sheet, as Excel writes them (`B4`, `A2:C9`). */
  readonly address: string;
  /** Rows, columns or cells were inserted or deleted: ranges may have moved. */
  readonly moved: boolean;
}

/** Takes the handlers away again. */
export type StopWatching = () => Promise<void>;

/** A range the core wants read, and the name it was wanted for. */
export interface RangeRequest {
  readonly name: string;
  readonly rect: SheetRect;
}

/**
 * Reading the tables: what the .xlsx reader and the Office.js reader both implement. Adapters translate; they
 * decide nothing.
 */
export interface WorkbookSource {
  outline(): Promise<WorkbookOutline>;
  /**
   * Reads every requested range in one go (one round trip per phase in Excel). A request whose rect runs
   * past the sheet's used area comes back clipped to it; a range with no cells in use comes back with no rows.
   * A shell on a browser's thread passes its `pace`, for an adapter that makes the grids in pieces.
   */
  readRanges(requests: readonly RangeRequest[], pace?: Pace): Promise<Grid[]>;
}

/** Reading all a use case reads: the tables, and Budget Check's record (stamp and accepted findings). */
export interface WorkbookReader extends WorkbookSource {
  /** The record the workbook keeps, or an empty one. */
  readRecord(): Promise<WorkbookRecord>;
}

/** Where a summary book's sheets went. */
export interface SummaryWritten {
  /** The name each role's sheet has now; a book always holds the summary. */
  readonly sheetNames: { readonly summary: string } & Partial<Record<SheetRole, string>>;
  /** Roles whose wanted name was a sheet of the user's, so ours got `요약 (2)` or the like. */
  readonly renamedBecauseTaken: readonly SheetRole[];
  /** Excel refused the printed page's set-up, done after the sheets were in place: they print as Excel's defaults have it. */
  readonly printSetupFailed?: true;
}

/** A workbook-scoped defined name to add over a range. */
export interface NameToDefine {
  readonly name: string;
  readonly rect: SheetRect;
}

/** Writing: only Budget Check's own record and sheets, and names the user asked for; never a cell of the user's. */
export interface WorkbookWriter {
  /** Adds workbook-scoped names; the caller picks names not yet taken, and none is ever replaced. */
  defineNames(names: readonly NameToDefine[]): Promise<void>;
  /** Replaces the record, or adds it. */
  writeRecord(record: WorkbookRecord): Promise<void>;
  /**
   * Writes the book's sheets whole or not at all; `lang` is the language they are written in. A shell on a
   * browser's thread passes its `pace`, for an adapter that prepares long sheets in pieces.
   */
  writeSummary(book: SummaryBook, lang: Lang, pace?: Pace): Promise<SummaryWritten>;
}

/**
 * The one port the use cases (src/app) run against, whatever the host: the .xlsx adapter over a file's bytes,
 * the Office.js adapter over `Excel.run`.
 */
export interface Workbook extends WorkbookReader, WorkbookWriter {}

export type UnreadableReason =
  | "not-found"
  | "not-a-file"
  | "not-a-zip"
  | "no-workbook"
  | "opendocument"
  | "xlsb"
  | "encrypted"
  | "legacy-xls"
  | "too-large"
  | "too-many-cells"
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
