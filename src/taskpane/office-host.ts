/// <reference types="office-js" />
import { accept } from "../app/accept";
import { systemClock, type Clock } from "../app/clock";
import { generateSummary } from "../app/generate-summary";
import { saveRuleConfig } from "../app/save-rules";
import { nameTable } from "../app/name-tables";
import { createPace } from "../app/pace";
import { recheckEdits } from "../app/recheck";
import type { RunOptions } from "../app/options";
import { stamp } from "../app/stamp";
import type { Validated } from "../app/validate";
import { parseRectAddress, rectAddress } from "../core/address";
import { countBySeverity, type Lang } from "../core/finding";
import type { Progress } from "../core/progress";
import type { TableKind } from "../core/kinds";
import { gridRect } from "../core/grid-axes";
import type { SheetRect } from "../core/names/reference";
import { classifyName, namesLookedFor } from "../core/names/classify";
import { differingNames, type Stamp, type StampComparison } from "../core/stamp/stamp";
import { programSpans, type ProgramSpan } from "../core/tables/program-tree";
import type { TableUnit } from "../core/units/money-unit";
import { unitOf } from "../core/units/range-units";
import { parseDateText } from "../core/values/dates";
import type { WorkbookRecord } from "../core/stamp/record";
import { renderMessage } from "../core/messages";
import { UNREADABLE_WORKBOOK_MESSAGES } from "../text/unreadable-workbook";
import { createOfficeWorkbook, documentSettingsOf, saveSettingText, selectCell, selectedRange, settingText, watchEdits, type ExcelRun } from "../workbook/office";
import { officeApiSupport } from "../workbook/office/run";
import { UnreadableWorkbookError } from "../workbook/port";
import { HostError, type AddinHost, type CheckedOutcome, type NoNamesOutcome, type PaneSettings, type RecoveredRecord, type StampStatus } from "./host";
import { officeErrorMessage } from "./messages/office-errors";
import { readSettings } from "./settings";

/** The one document setting this add-in keeps: the pane's settings as JSON. */
export const SETTINGS_KEY = "budgetCheck.settings";

/**
 * The task pane's host inside Excel: runs the use cases on the workbook through the Office.js adapter, and keeps
 * the settings in the workbook so colleagues opening the file get the same. `clock` gives today (the as-of date
 * when neither settings nor workbook give one), the stamp's time and the summary's.
 *
 * The record (stamp, acceptances) and the settings each live in one mechanism with a copy in the other: the
 * record in a custom XML part, copied into the document's settings; the settings in the document's settings,
 * copied into the record (Excel for Mac has been reported to lose either on save, office-js issue 6091).
 */
export function createOfficeHost(office: typeof Office, run: ExcelRun, clock: Clock = systemClock): AddinHost {
  const documentSettings = documentSettingsOf(office);
  // A read refused by the cell budget names the document, as the command line names the file.
  const workbook = createOfficeWorkbook(run, { documentSettings, label: fileNameOf(office.context?.document?.url ?? "") });
  // The validation on screen, which a live re-check starts from; none before the first.
  let shown: { readonly validated: Validated; readonly outcome: CheckedOutcome } | undefined;
  const show = (validated: Validated, stampState: StampState) => {
    const outcome = checked(validated, stampState);
    shown = { validated, outcome };
    return outcome;
  };
  // Validate stamps a validation with no open error, as the CLI's `stamp` does. A record read from its copy is
  // written back into the workbook, unless the stamp just did so.
  const validate = async (settings: PaneSettings, lang: Lang, onProgress?: (progress: Progress) => void) => {
    const result = await stamp(workbook, clock, runOptions(settings, lang, onProgress));
    if (result.kind === "no-names") {
      shown = undefined;
      return noNames();
    }
    if (result.record.recovered && result.settlement.kind !== "new") await workbook.writeRecord(result.record);
    return show(result, result.settlement);
  };

  return {
    displayLanguage: office.context.displayLanguage,

    validate: (settings, lang, onProgress) => hostErrors(lang, () => validate(settings, lang, onProgress)),

    // The validation that follows shows the finding accepted, or still open if it changed since it was listed.
    acceptFinding: (finding, reason, settings, lang) =>
      hostErrors(lang, async () => {
        await accept(workbook, clock, runOptions(settings, lang), { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason });
        return validate(settings, lang);
      }),

    generateSummary: (settings, lang, onProgress) =>
      hostErrors(lang, async () => {
        const fileName = fileNameOf(office.context.document.url);
        const { department, approvals } = settings;
        const result = await generateSummary(workbook, clock, {
          ...runOptions(settings, lang, onProgress),
          fileName,
          ...(department !== undefined && { department }),
          ...(approvals !== undefined && { approvals }),
        });
        if (result.kind === "no-names") return noNames();
        const { written } = result;
        return {
          kind: "written",
          sheetName: written.sheetNames.summary,
          renamedBecauseTaken: written.renamedBecauseTaken.includes("summary"),
          ...(written.printSetupFailed && { printSetupFailed: true }),
          validation: show(result, { stamp: result.record.stamp, comparison: result.comparison }),
        };
      }),

    // Set up: a name over a found table or over the selection, then the validation it changes.
    defineName: (kind, sheet, range, settings, lang) =>
      hostErrors(lang, async () => {
        const rect = rectOf(sheet, range);
        if (rect !== null) await nameTable(workbook, kind, rect, lang === "ko");
        return validate(settings, lang);
      }),

    nameSelection: (kind: TableKind, settings, lang) =>
      hostErrors(lang, async () => {
        const rect = await selectedRange(run);
        if (rect !== null) await nameTable(workbook, kind, rect, lang === "ko");
        return validate(settings, lang);
      }),

    watchEdits: (onEdit) => watchEdits(run, officeApiSupport, onEdit),

    recheck: (edits, settings, lang) =>
      hostErrors(lang, async () => {
        if (shown === undefined) return { kind: "untouched" as const };
        const result = await recheckEdits(workbook, shown.validated, edits);
        if (result.kind === "none") return { kind: "untouched" as const };
        if (result.kind === "revalidate") return validate(settings, lang);
        // The stamp vouched for the data before the edit; nothing is stamped until the user validates.
        const { stamp } = shown.outcome;
        const outcome: CheckedOutcome = {
          ...checked(result.validated, NO_STAMP),
          stamp: stamp && { ...stamp, unchanged: false, changed: [...new Set([...stamp.changed, ...result.names])] },
        };
        shown = { validated: result.validated, outcome };
        return outcome;
      }),

    selectCell: (sheet, cell) => selectCell(run, sheet, cell),

    // The document's settings, else their copy in the record (a workbook back from Excel for Mac without them);
    // a workbook that cannot be read has no copy to give, and Validate will say why.
    loadSettings: async () => {
      const record = await workbook.readRecord().catch(() => undefined);
      const rules = record?.rules;
      return { ...settingsFrom(settingText(documentSettings, SETTINGS_KEY) ?? record?.settings?.[SETTINGS_KEY]), ...(rules && Object.keys(rules).length > 0 && { rules }) };
    },

    // The rule severities go to the record; the rest to the document's settings, read back, and copied into the
    // record beside any other setting kept there (unless the copy is already the same).
    saveSettings: async ({ rules, ...settings }) => {
      if (rules) await saveRuleConfig(workbook, rules);
      const json = JSON.stringify(settings);
      await saveSettingText(documentSettings, SETTINGS_KEY, json);
      const record = await workbook.readRecord();
      if (record.settings?.[SETTINGS_KEY] === json) return; // the copy already holds them: nothing to write
      await workbook.writeRecord({ ...record, settings: { ...record.settings, [SETTINGS_KEY]: json } });
    },
  };
}

/** The pane's settings as saved (all but the rule severities), or none. */
function settingsFrom(saved: string | undefined): Partial<PaneSettings> {
  if (saved === undefined) return {};
  try {
    return readSettings(JSON.parse(saved));
  } catch {
    return {}; // Not JSON: the defaults serve until the user saves again.
  }
}

/** The run's options from the pane's settings; with `onProgress`, paced (app/pace.ts). */
function runOptions(settings: PaneSettings, lang: Lang, onProgress?: (progress: Progress) => void): RunOptions {
  const asOf = settings.asOf ? parseDateText(settings.asOf)?.date : undefined;
  return { lang, dueWithinMonths: settings.dueWithinMonths, tolerance: settings.tolerance, ...(asOf && { asOf }), ...(onProgress && { pace: createPace(onProgress) }) };
}

/** The workbook's stamp after the run, and today's data against it. */
interface StampState {
  readonly stamp: Stamp | null;
  readonly comparison: StampComparison | null;
}

const NO_STAMP: StampState = { stamp: null, comparison: null };

function checked(result: Validated, { stamp, comparison }: StampState): CheckedOutcome {
  const { split, check } = result;
  const headerWords = new Map(check.detected.map((found) => [found.table.name, found.headerWords]));
  return {
    kind: "checked",
    findings: split.open,
    counts: countBySeverity(split.open),
    accepted: split.accepted,
    stamp: stamp === null || comparison === null ? null : stampStatus(stamp, comparison),
    ...withRecovered(result.record),
    asOf: result.asOf,
    asOfSource: result.asOfSource,
    ranges: check.subjects.map((subject) => ({
      name: subject.name,
      kind: classifyName(subject.name) ?? subject.kind,
      sheet: subject.grid?.sheet ?? (subject.kind === "broken-name" ? (subject.sheet ?? "") : ""),
      ...(subject.grid && { range: rectAddress(gridRect(subject.grid)) }),
      ...(headerWords.has(subject.name) && { detected: true, headerWords: headerWords.get(subject.name) }),
      ...withUnit(unitOf(subject)),
      ...withPrograms(subject.kind === "budget" ? programSpans(subject) : []),
    })),
  };
}

/** A found table's range as the pane names it (`A3:K58` on `sheet`). */
function rectOf(sheet: string, range: string): SheetRect | null {
  const rect = parseRectAddress(range);
  return rect === null ? null : { sheet, ...rect };
}

/** A record read from its copy in the document's settings: what it held, for the pane to say so. */
function withRecovered(record: WorkbookRecord): { recordRecovered?: RecoveredRecord } {
  return record.recovered ? { recordRecovered: { stampWhen: record.stamp?.when ?? null, accepted: record.accepted.length } } : {};
}

function withUnit(unit: TableUnit | null): { unit?: TableUnit } {
  return unit ? { unit } : {};
}

function withPrograms(programs: readonly ProgramSpan[]): { programs?: readonly ProgramSpan[] } {
  return programs.length > 0 ? { programs } : {};
}

function stampStatus(stamp: Stamp, comparison: StampComparison): StampStatus {
  return { when: stamp.when, unchanged: comparison.unchanged, changed: differingNames(comparison) };
}

function noNames(): NoNamesOutcome {
  return { kind: "no-names", namesLookedFor: namesLookedFor() };
}

/** Office errors become HostErrors in the user's language, by their `OfficeExtension.Error` code. */
async function hostErrors<T>(lang: Lang, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof HostError) throw error;
    if (error instanceof UnreadableWorkbookError) {
      const text = renderMessage(UNREADABLE_WORKBOOK_MESSAGES[error.reason], { file: error.source, detail: error.detail }, lang);
      throw new HostError(text, error.reason);
    }
    const code = (error as { code?: unknown } | null)?.code;
    throw new HostError(officeErrorMessage(error, lang), typeof code === "string" ? code : "Unknown");
  }
}

/** The document's file name: the last segment of its URL or path, empty for a workbook never saved. */
export function fileNameOf(url: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.split(/[?#]/)[0] : url;
  const last = path.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // A literal `%` in a local file name.
  }
}
