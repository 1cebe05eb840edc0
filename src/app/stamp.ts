import { countBySeverity } from "../core/finding";
import { fingerprintSubjects, makeStamp, settleStamp, type StampSettlement } from "../core/stamp/stamp";
import type { Workbook } from "../workbook/port";
import type { NoNames } from "./check-workbook";
import { readClock, type Clock } from "./clock";
import { fingerprintData } from "./fingerprint-data";
import type { RunOptions } from "./options";
import { readValidation, type Validated } from "./validate";
import { VERSION } from "./version";

export interface Stamped extends Validated {
  readonly settlement: StampSettlement;
}

/**
 * Validate and stamp: a validation with no open error is stamped in the workbook, unless the stamp already there
 * vouches for the same data, as-of date and counts. The pane's Validate and the CLI's `stamp` both run this.
 */
export async function stamp(workbook: Workbook, clock: Clock, options: RunOptions): Promise<Stamped | NoNames> {
  const moment = readClock(clock);
  const validated = await readValidation(workbook, options, moment.today);
  if (validated.kind === "no-names") return validated;
  const { check, split, asOf, record, ruleSettings } = validated;
  // Paced, the fingerprint is taken before, and only when a stamp is made (no open error) or compared with.
  const needed = options.pace !== undefined && (countBySeverity(split.open).error === 0 || record.stamp !== null);
  const fingerprint = needed ? await fingerprintData(check.subjects, options.pace) : undefined;
  const fresh = makeStamp({ subjects: check.subjects, split, asOf, when: moment.instant, version: VERSION, rules: ruleSettings.overrides, ...(fingerprint && { fingerprint }) });
  const settlement = settleStamp(fresh, record.stamp, () => fingerprint ?? fingerprintSubjects(check.subjects));
  if (settlement.kind === "new") await workbook.writeRecord({ ...record, stamp: settlement.stamp });
  return { ...validated, settlement };
}
