import type { Finding, Lang, SeverityCounts } from "../core/finding";

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
  /** Largest difference between amounts still taken as equal (천원). */
  readonly tolerance: number;
}

export const DEFAULT_SETTINGS: PaneSettings = { dueWithinMonths: 12, lang: "auto", tolerance: 0.5 };

/** A named range that was checked: the pane groups findings by it. */
export interface CheckedRange {
  readonly name: string;
  readonly kind: string;
  readonly sheet: string;
}

export interface CheckedOutcome {
  readonly kind: "checked";
  readonly findings: readonly Finding[];
  readonly counts: SeverityCounts;
  /** The as-of date used, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly ranges: readonly CheckedRange[];
}

/** The workbook holds none of the names we read: the pane shows how to define one. */
export interface NoNamesOutcome {
  readonly kind: "no-names";
  readonly namesLookedFor: readonly string[];
}

export type ValidateOutcome = CheckedOutcome | NoNamesOutcome;

export interface SummaryWritten {
  readonly kind: "written";
  /** The sheet written (`요약`, or `요약 (2)` when the user has a sheet of that name). */
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
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
  validate(settings: PaneSettings, lang: Lang): Promise<ValidateOutcome>;
  generateSummary(settings: PaneSettings, lang: Lang): Promise<GenerateOutcome>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Settings saved in the workbook (document settings), so colleagues opening it get the same. */
  loadSettings(): Promise<Partial<PaneSettings>>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
