/// <reference types="office-js" />
import { countBySeverity, type Finding, type Lang } from "../core/finding";
import { acceptFinding, withAcceptance } from "../core/stamp/acceptance";
import { classifyName, namesLookedFor } from "../core/names/classify";
import { defaultOptions, type CheckOptions } from "../core/options";
import { buildSummary } from "../core/summary/build-summary";
import { formatIsoDate, parseDateText, type CivilDate } from "../core/values/dates";
import { checkWorkbook, type WorkbookCheck } from "../workbook/check-workbook";
import {
  createOfficeSource,
  readOfficeRecord,
  selectCell,
  writeOfficeRecord,
  writeSummaryBook,
  type ExcelRun,
} from "../workbook/office";
import { HostError, type AddinHost, type CheckedOutcome, type NoNamesOutcome, type PaneSettings } from "./host";
import { officeErrorMessage } from "./messages/office-errors";
import { settleRecord, type SettledRecord } from "./record-flow";
import { readSettings } from "./settings";

/** The one document setting this add-in keeps: the pane's settings as JSON. */
export const SETTINGS_KEY = "budgetCheck.settings";

/**
 * The task pane's host inside Excel: reads through the Office.js adapter, checks with the same core as the CLI,
 * writes the summary, and keeps the settings in the workbook so colleagues opening the file get the same.
 * `now` is the shell's clock: today (the as-of date when neither settings nor workbook give one) and the
 * summary's timestamp.
 */
export function createOfficeHost(office: typeof Office, run: ExcelRun, now: () => Date = () => new Date()): AddinHost {
  const check = (settings: PaneSettings, lang: Lang) =>
    checkWorkbook(createOfficeSource(run), checkOptions(settings, lang, localDate(now())));
  const validate = async (settings: PaneSettings, lang: Lang) => {
    const result = await check(settings, lang);
    return result.kind === "no-names" ? noNames() : checked(result, await settleRecord(run, result, now()));
  };

  return {
    displayLanguage: office.context.displayLanguage,

    validate: (settings, lang) => hostErrors(lang, () => validate(settings, lang)),

    acceptFinding: (finding: Finding, reason: string, settings: PaneSettings, lang: Lang) =>
      hostErrors(lang, async () => {
        const record = await readOfficeRecord(run);
        const accepted = withAcceptance(record.accepted, acceptFinding(finding, reason, now().toISOString()));
        await writeOfficeRecord(run, { ...record, accepted });
        return validate(settings, lang);
      }),

    generateSummary: (settings, lang) =>
      hostErrors(lang, async () => {
        const result = await check(settings, lang);
        if (result.kind === "no-names") return noNames();
        const settled = await settleRecord(run, result, now(), false);
        const book = buildSummary({
          subjects: result.subjects,
          findings: settled.split.open,
          accepted: settled.split.accepted,
          stamp: settled.stamp,
          facts: result.facts,
          dueWithinMonths: settings.dueWithinMonths,
          lang,
          fileName: fileNameOf(office.context.document.url),
          generatedAt: timestamp(now()),
        });
        const written = await writeSummaryBook(run, book);
        return {
          kind: "written",
          sheetName: written.sheetNames.summary,
          renamedBecauseTaken: written.renamedBecauseTaken.includes("summary"),
          validation: checked(result, settled),
        };
      }),

    selectCell: (sheet, cell) => selectCell(run, sheet, cell),

    loadSettings: async () => {
      const saved: unknown = office.context.document.settings.get(SETTINGS_KEY);
      if (typeof saved !== "string") return {};
      try {
        return readSettings(JSON.parse(saved));
      } catch {
        return {}; // Not JSON: the defaults serve until the user saves again.
      }
    },

    saveSettings: (settings) => {
      const documentSettings = office.context.document.settings;
      documentSettings.set(SETTINGS_KEY, JSON.stringify(settings));
      return new Promise<void>((resolve, reject) =>
        documentSettings.saveAsync((result) =>
          result.status === office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      );
    },
  };
}

function checkOptions(settings: PaneSettings, lang: Lang, today: CivilDate): CheckOptions {
  const asOf = settings.asOf ? parseDateText(settings.asOf)?.date : undefined;
  return defaultOptions(today, {
    lang,
    dueWithinMonths: settings.dueWithinMonths,
    tolerance: settings.tolerance,
    ...(asOf && { asOf }),
  });
}

function checked(result: Extract<WorkbookCheck, { kind: "checked" }>, { split, status }: SettledRecord): CheckedOutcome {
  return {
    kind: "checked",
    findings: split.open,
    counts: countBySeverity(split.open),
    accepted: split.accepted,
    stamp: status,
    asOf: formatIsoDate(result.facts.asOf),
    ranges: result.subjects.map((subject) => ({
      name: subject.name,
      kind: classifyName(subject.name) ?? subject.kind,
      sheet: subject.grid?.sheet ?? (subject.kind === "broken-name" ? (subject.sheet ?? "") : ""),
    })),
  };
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

function localDate(date: Date): CivilDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The stamp the CLI prints too: `2026-11-25 15:20`, local time. */
function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatIsoDate(localDate(date))} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
