import { compareWithStamp, fingerprintSubjects, type Stamp, type StampComparison } from "../core/stamp/stamp";
import type { WorkbookReader } from "../workbook/port";
import type { NoNames } from "./check-workbook";
import type { Clock } from "./clock";
import type { RunOptions } from "./options";
import { validate } from "./validate";

export type Verification =
  | NoNames
  | { readonly kind: "no-stamp" }
  | { readonly kind: "verified"; readonly stamp: Stamp; readonly comparison: StampComparison };

/** Verify: whether the workbook's data is still what its stamp vouches for, range by range. */
export async function verify(workbook: WorkbookReader, clock: Clock, options: RunOptions): Promise<Verification> {
  const validated = await validate(workbook, clock, options);
  if (validated.kind === "no-names") return validated;
  const { stamp } = validated.record;
  if (stamp === null) return { kind: "no-stamp" };
  return { kind: "verified", stamp, comparison: compareWithStamp(stamp, fingerprintSubjects(validated.check.subjects)) };
}
