import type { AsOfSource } from "../core/facts";
import type { CheckOptions } from "../core/options";
import { resolveRuleSettings, type RuleSettings } from "../core/rule-config";
import type { AcceptanceSplit } from "../core/stamp/acceptance";
import { applyRecord, type WorkbookRecord } from "../core/stamp/record";
import { rangeUnits, type RangeUnit } from "../core/units/range-units";
import { formatIsoDate, type CivilDate } from "../core/values/dates";
import type { WorkbookReader } from "../workbook/port";
import { checkSubjects, checkSubjectsPaced, readSubjects, type CheckedWorkbook, type NoNames } from "./check-workbook";
import { readClock, type Clock } from "./clock";
import { checkOptionsFor, type RunOptions } from "./options";

/** A workbook checked, with Budget Check's record (stamp and accepted findings) applied to its findings. */
export interface Validated {
  readonly kind: "checked";
  readonly check: CheckedWorkbook;
  /** The options in force, defaults filled in. */
  readonly options: CheckOptions;
  /** The as-of date checked for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Where it came from: the options, the workbook's `AsOfDate`, or today. */
  readonly asOfSource: AsOfSource;
  /** The money unit of every table of amounts, and where it was read (or that 천원 was assumed). */
  readonly units: readonly RangeUnit[];
  /** The record as the workbook held it before this run. */
  readonly record: WorkbookRecord;
  /** Open findings count; accepted ones are listed apart with their reasons. */
  readonly split: AcceptanceSplit;
  /** The rule severities checked with, and where each was set: what the summary and the stamp record. */
  readonly ruleSettings: RuleSettings;
}

/** Validate: reads and checks the workbook and sets its accepted findings apart; writes nothing. */
export function validate(workbook: WorkbookReader, clock: Clock, options: RunOptions): Promise<Validated | NoNames> {
  return readValidation(workbook, options, readClock(clock).today);
}

/**
 * What every use case starts from: the tables read, then the record (only when there is something to apply it
 * to; its saved rule severities are the lowest layer of the rule settings), the rules run with those settings,
 * and the record's acceptances applied to the findings.
 */
export async function readValidation(workbook: WorkbookReader, run: RunOptions, today: CivilDate): Promise<Validated | NoNames> {
  const read = await readSubjects(workbook, checkOptionsFor(run, today), run.pace);
  if (read.kind === "no-names") return read;
  const record = await workbook.readRecord();
  const ruleSettings = resolveRuleSettings([...(run.ruleLayers ?? []), { source: "workbook", rules: record.rules ?? {} }]);
  const options: CheckOptions = { ...checkOptionsFor(run, today), rules: ruleSettings.rules };
  const check = run.pace ? await checkSubjectsPaced(read, options, run.pace) : checkSubjects(read, options);
  const split = applyRecord(check.findings, record);
  const { asOf, asOfSource } = check.facts;
  return { kind: "checked", check, options, asOf: formatIsoDate(asOf), asOfSource, units: rangeUnits(check.subjects), record, split, ruleSettings };
}
