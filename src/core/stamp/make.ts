/** Turning a validation into a stamp, and a record's acceptances into counts: pure glue for the shells. */
import { countBySeverity, type Finding } from "../finding";
import type { Grid } from "../grid";
import type { Subject } from "../subject";
import { splitAccepted, type AcceptanceSplit } from "./acceptance";
import { fingerprintGrids, type Fingerprint } from "./fingerprint";
import type { WorkbookRecord } from "./record";
import type { Stamp, StampCounts } from "./stamp";

/** The ranges validation read: every subject that has cells (a broken name has none to fingerprint). */
export function fingerprintSubjects(subjects: readonly Subject[]): Fingerprint {
  return fingerprintGrids(subjects.flatMap((s): Grid[] => (s.grid ? [s.grid] : [])));
}

function countsOf(split: AcceptanceSplit): StampCounts {
  return { ...countBySeverity(split.open), accepted: split.accepted.length };
}

export interface StampInput {
  readonly subjects: readonly Subject[];
  readonly split: AcceptanceSplit;
  readonly asOf: string;
  readonly when: string;
  readonly version: string;
}

/** A stamp certifies a clean validation only: null while any open error remains. */
export function makeStamp(input: StampInput): Stamp | null {
  const counts = countsOf(input.split);
  if (counts.error > 0) return null;
  const { when, version, asOf } = input;
  return { when, version, asOf, counts, ...fingerprintSubjects(input.subjects) };
}

export function applyRecord(findings: readonly Finding[], record: WorkbookRecord): AcceptanceSplit {
  return splitAccepted(findings, record.accepted);
}
