import type { AsOfSource } from "../core/facts";
import type { RuleConfig } from "../core/rule-config";
import type { ProgramSpan } from "../core/tables/program-tree";
import type { Finding, Lang, SeverityCounts } from "../core/finding";
import type { Progress } from "../core/progress";
import type { TableKind } from "../core/kinds";
import type { AcceptedFinding } from "../core/stamp/acceptance";
import type { TableUnit } from "../core/units/money-unit";
import type { SheetEdit, StopWatching } from "../workbook/port";

/**
 * What the task pane needs from its host: Excel through Office.js in production, a fake in tests and the
 * preview. The pane knows nothing of Office.js; it calls these and renders what comes back.
 */

export interface PaneSettings {
  /** `YYYY-MM-DD`; undefined: the workbook's `AsOfDate`, else today. */
  readonly asOf?: string;
  readonly dueWithinMonths: number;
  /** "auto": Korean when Office's display language is `ko-*`, else English. */
  readonly lang: Lang | "auto";
  /** Largest difference between amounts still taken as equal, in each table's own unit (0.5 원 in a 원 table). */
  readonly tolerance: number;
  /**
   * Rules set away from their default severity. Kept in the workbook's record (its custom XML part) rather than
   * its document settings, so the command line checks with them too.
   */
  readonly rules?: RuleConfig;
  /** With a result on screen, an edit inside a checked range re-checks that range (the live re-check); on unless false. */
  readonly liveRecheck?: boolean;
  /** The summary's department for a workbook that names none. */
  readonly department?: string;
  /** The summary's 결재란 roles, left to right; empty for no 결재란; undefined for the language's 담당 · 팀장 · 과장. */
  readonly approvals?: readonly string[];
}

export const DEFAULT_SETTINGS: PaneSettings = { dueWithinMonths: 12, lang: "auto", tolerance: 0.5, liveRecheck: true };

/** A range that was checked, named or found by its header words: the pane groups findings by it. */
export interface CheckedRange {
  readonly name: string;
  readonly kind: string;
  readonly sheet: string;
  /** Its A1 address on `sheet`, without `$` (`A3:K58`). */
  readonly range?: string;
  /** Found by its header words rather than named: the Set up view offers to name it. */
  readonly detected?: boolean;
  /** The header words it was found by, as the sheet writes them. */
  readonly headerWords?: readonly string[];
  /** The money unit of a table of amounts, and where it was read. */
  readonly unit?: TableUnit;
  /** In a budget with program levels: its top-level programs (정책사업) and their rows, to group findings under. */
  readonly programs?: readonly ProgramSpan[];
}

/** The workbook's validation stamp, compared with the data just read. */
export interface StampStatus {
  /** ISO 8601 instant of the stamp. */
  readonly when: string;
  readonly unchanged: boolean;
  /** Names of the ranges changed, added or removed since. */
  readonly changed: readonly string[];
}

/**
 * The workbook came back without its record, which its document settings say was written: the copy kept there
 * was read (and written back). What it held: the stamp's time, and how many acceptances.
 */
export interface RecoveredRecord {
  readonly stampWhen: string | null;
  readonly accepted: number;
}

export interface CheckedOutcome {
  readonly kind: "checked";
  /** The open findings: accepted ones are in `accepted`, and neither counted nor listed here. */
  readonly findings: readonly Finding[];
  readonly counts: SeverityCounts;
  readonly accepted?: readonly AcceptedFinding[];
  /** The stamp after this validation (a new one when it found no error); null when the workbook has none. */
  readonly stamp?: StampStatus | null;
  readonly recordRecovered?: RecoveredRecord;
  /** The as-of date used, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Where it came from: the settings, the workbook's `AsOfDate`, or today (which the pane then says). */
  readonly asOfSource: AsOfSource;
  readonly ranges: readonly CheckedRange[];
}

/** The workbook holds none of the names we read, and no table was found by its header words. */
export interface NoNamesOutcome {
  readonly kind: "no-names";
  readonly namesLookedFor: readonly string[];
}

export type ValidateOutcome = CheckedOutcome | NoNamesOutcome;

/** After edits: the result with the touched ranges checked again, or the whole workbook validated again. */
export type RecheckOutcome = ValidateOutcome | { readonly kind: "untouched" };

export interface SummaryWritten {
  readonly kind: "written";
  /** The sheet written (`요약`, or `요약 (2)` when the user has a sheet of that name). */
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
  /** The summary is written, but Excel refused its printed page's set-up (A4, one page wide, titles). */
  readonly printSetupFailed?: boolean;
  readonly validation: CheckedOutcome;
}

/** A workbook without our names gets no summary, but the same empty state as Validate. */
export type GenerateOutcome = SummaryWritten | NoNamesOutcome;

/** A failure the pane shows in a MessageBar: already in the user's language, naming the range, sheet or cell. */
export class HostError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = "HostError";
  }
}

export interface AddinHost {
  /** Office's display language, e.g. `ko-KR`. */
  readonly displayLanguage: string;
  /** `onProgress` hears how far the work has come, each time it gives the pane's thread back. */
  validate(settings: PaneSettings, lang: Lang, onProgress?: (progress: Progress) => void): Promise<ValidateOutcome>;
  generateSummary(settings: PaneSettings, lang: Lang, onProgress?: (progress: Progress) => void): Promise<GenerateOutcome>;
  /**
   * Records in the workbook that a finding is accepted, with the reason, then validates again. Optional: a host
   * that cannot keep a record (an old Excel) leaves it out and the pane offers no acceptance.
   */
  acceptFinding?(finding: Finding, reason: string, settings: PaneSettings, lang: Lang): Promise<ValidateOutcome>;
  /**
   * Names a range as a table of that kind, workbook-scoped, then validates again. The host picks the name (the
   * kind's own, with `_2` when it is taken) and never overwrites one. Optional, as the two below: a host without
   * them offers no naming.
   */
  defineName?(kind: TableKind, sheet: string, range: string, settings: PaneSettings, lang: Lang): Promise<ValidateOutcome>;
  /** Names the range selected in the sheet as a table of that kind, as `defineName` does, then validates again. */
  nameSelection?(kind: TableKind, settings: PaneSettings, lang: Lang): Promise<ValidateOutcome>;
  /**
   * Starts hearing the user's edits (Excel's `onChanged`); resolves to what stops it. Optional, as `recheck`: a
   * host without them offers no live re-check.
   */
  watchEdits?(onEdit: (edit: SheetEdit) => void): Promise<StopWatching>;
  /**
   * Re-checks the ranges the edits touched, in one read, against the last validation; validates the whole
   * workbook when ranges moved or names changed; "untouched" when the edits met no checked range.
   */
  recheck?(edits: readonly SheetEdit[], settings: PaneSettings, lang: Lang): Promise<RecheckOutcome>;
  /** Activates the sheet and selects the cell, or the range (`A3:K58`): any A1 address. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Settings saved in the workbook (document settings), so colleagues opening it get the same. */
  loadSettings(): Promise<Partial<PaneSettings>>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
