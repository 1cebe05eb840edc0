/**
 * What Validate does with the workbook's record: sets accepted findings apart, and stamps a validation with
 * no open error (keeping the stamp already there when the data, as-of date and counts are the same, so a
 * repeated Validate does not touch the workbook).
 */
import type { AcceptanceSplit } from "../core/stamp/acceptance";
import { applyRecord, fingerprintSubjects, makeStamp } from "../core/stamp/make";
import { compareWithStamp, differingNames, type Stamp } from "../core/stamp/stamp";
import { formatIsoDate } from "../core/values/dates";
import type { WorkbookCheck } from "../workbook/check-workbook";
import { readOfficeRecord, writeOfficeRecord, type ExcelRun } from "../workbook/office";
import { VERSION } from "../workbook/version";
import type { StampStatus } from "./host";

export interface SettledRecord {
  readonly split: AcceptanceSplit;
  readonly stamp: Stamp | null;
  readonly status: StampStatus | null;
}

/** `stamp`: record a stamp (Validate does); Generate only reads the record, so its summary matches the CLI's. */
export async function settleRecord(
  run: ExcelRun,
  result: Extract<WorkbookCheck, { kind: "checked" }>,
  now: Date,
  stamp = true,
): Promise<SettledRecord> {
  const record = await readOfficeRecord(run);
  const split = applyRecord(result.findings, record);
  const asOf = formatIsoDate(result.facts.asOf);
  const fresh = makeStamp({ subjects: result.subjects, split, asOf, when: now.toISOString(), version: VERSION });
  const old = record.stamp;
  const same = fresh !== null && old !== null && old.hash === fresh.hash && old.asOf === fresh.asOf && JSON.stringify(old.counts) === JSON.stringify(fresh.counts);
  if (stamp && fresh !== null && !same) {
    await writeOfficeRecord(run, { ...record, stamp: fresh });
    return { split, stamp: fresh, status: { when: fresh.when, unchanged: true, changed: [] } };
  }
  if (old === null) return { split, stamp: null, status: null };
  const comparison = compareWithStamp(old, fingerprintSubjects(result.subjects));
  return { split, stamp: old, status: { when: old.when, unchanged: comparison.unchanged, changed: differingNames(comparison) } };
}
