import { compareWithStamp, type StampComparison } from "../core/stamp/stamp";
import { buildSummary, buildSummaryPaced, type SummaryInput } from "../core/summary/build-summary";
import type { SummaryBook } from "../core/summary/sheet-spec";
import type { SummaryWritten, Workbook } from "../workbook/port";
import type { NoNames } from "./check-workbook";
import { readClock, type Clock } from "./clock";
import { fingerprintData } from "./fingerprint-data";
import type { RunOptions } from "./options";
import { readValidation, type Validated } from "./validate";

export interface SummaryOptions extends RunOptions {
  /** The workbook's file name, printed on the summary. */
  readonly fileName: string;
  /** The department for a workbook that names none (`--department`, the pane's setting). */
  readonly department?: string;
  /** The 결재란's roles (`--approvals`, the pane's setting); empty for none; 담당 · 팀장 · 과장 when absent. */
  readonly approvals?: readonly string[];
}

export interface SummaryGenerated extends Validated {
  readonly book: SummaryBook;
  readonly written: SummaryWritten;
  /** Today's data against the workbook's stamp; null when it has none. */
  readonly comparison: StampComparison | null;
}

/**
 * Generate summary: validates, then writes the summary sheets into the workbook, dated now. The record is only
 * read (no stamp is made), so the add-in's summary is the CLI's `report`.
 */
export async function generateSummary(workbook: Workbook, clock: Clock, options: SummaryOptions): Promise<SummaryGenerated | NoNames> {
  const moment = readClock(clock);
  const validated = await readValidation(workbook, options, moment.today);
  if (validated.kind === "no-names") return validated;
  const { check, split, record } = validated;
  // The data's fingerprint is taken once: the summary prints the comparison, the pane shows it.
  const comparison = record.stamp === null ? null : compareWithStamp(record.stamp, await fingerprintData(check.subjects, options.pace));
  await options.pace?.({ step: "summary" });
  const input: SummaryInput = {
    subjects: check.subjects,
    findings: split.open,
    accepted: split.accepted,
    stamp: record.stamp && comparison && { stamp: record.stamp, comparison },
    rules: validated.ruleSettings.overrides,
    facts: check.facts,
    dueWithinMonths: validated.options.dueWithinMonths,
    lang: options.lang,
    fileName: options.fileName,
    generatedAt: moment.localTime,
    ...(check.title !== undefined && { title: check.title }),
    ...(options.department !== undefined && { department: options.department }),
    ...(options.approvals !== undefined && { approvals: options.approvals }),
  };
  // The pane pauses within the long lists (a register's lots, its findings); the command line builds straight through.
  const book = options.pace ? await buildSummaryPaced(input, options.pace) : buildSummary(input);
  await options.pace?.({ step: "write" });
  const written = await workbook.writeSummary(book, options.lang, options.pace);
  return { ...validated, book, written, comparison };
}
