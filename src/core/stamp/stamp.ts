/**
 * The validation stamp: what was validated, when and by which version, and the fingerprint of the data; how a
 * validation makes one, whether the workbook's own still stands for it, and how today's data compares with it.
 */
import { countBySeverity, type SeverityCounts } from "../finding";
import type { Grid } from "../grid";
import { overridesText, type RuleOverride } from "../rule-config";
import type { AcceptanceSplit } from "./acceptance";
import { fingerprintGrids, rangeKey, type Fingerprint, type RangeFingerprint } from "./fingerprint";

export interface StampCounts extends SeverityCounts {
  /** Findings an acceptance covered, counted apart from the severities. */
  readonly accepted: number;
}

export interface Stamp extends Fingerprint {
  /** ISO 8601 instant the stamp was made. */
  readonly when: string;
  /** The Budget Check version that validated. */
  readonly version: string;
  /** The as-of date validated for, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly counts: StampCounts;
  /** The rules set away from their defaults for this validation, and where each was set; none: all defaults. */
  readonly rules?: readonly RuleOverride[];
}

export interface RangeRef {
  readonly name: string;
  readonly sheet: string;
}

/** How today's data compares with the stamped data, range by range. */
export interface StampComparison {
  readonly unchanged: boolean;
  readonly changed: readonly RangeRef[];
  readonly added: readonly RangeRef[];
  readonly removed: readonly RangeRef[];
}

/** The ranges validation read: every subject that has cells (a broken name has none to fingerprint). */
export function fingerprintSubjects(subjects: readonly { readonly grid?: Grid }[]): Fingerprint {
  return fingerprintGrids(subjects.flatMap((s): Grid[] => (s.grid ? [s.grid] : [])));
}

export interface StampInput {
  readonly subjects: readonly { readonly grid?: Grid }[];
  readonly split: AcceptanceSplit;
  readonly asOf: string;
  readonly when: string;
  readonly version: string;
  readonly rules: readonly RuleOverride[];
  /** The data's fingerprint, when the caller took it already (the pane's, paced); else it is taken here. */
  readonly fingerprint?: Fingerprint;
}

/** A stamp certifies a clean validation only: null while any open error remains. */
export function makeStamp(input: StampInput): Stamp | null {
  const counts: StampCounts = { ...countBySeverity(input.split.open), accepted: input.split.accepted.length };
  if (counts.error > 0) return null;
  const { when, version, asOf, rules } = input;
  return { when, version, asOf, counts, ...(rules.length > 0 && { rules }), ...(input.fingerprint ?? fingerprintSubjects(input.subjects)) };
}

/** Whether two stamps vouch for the same validation: the same data, as-of date, counts and rule settings, whenever made. */
export function sameValidation(a: Stamp, b: Stamp): boolean {
  const [x, y] = [a.counts, b.counts];
  return (
    a.hash === b.hash &&
    a.asOf === b.asOf &&
    overridesText(a.rules ?? []) === overridesText(b.rules ?? []) &&
    x.error === y.error &&
    x.warning === y.warning &&
    x.info === y.info &&
    x.accepted === y.accepted
  );
}

/**
 * What a validation does with the workbook's stamp. `new`: the shell writes `stamp`. `kept`: the workbook's
 * stamp already vouches for this validation, so nothing is written and a repeated Validate leaves the workbook
 * alone. `refused`: an open error remains; the workbook's stamp, if any, stays as it was. `comparison` is
 * today's data against the stamp the workbook holds afterwards.
 */
export type StampSettlement =
  | { readonly kind: "new" | "kept"; readonly stamp: Stamp; readonly comparison: StampComparison }
  | { readonly kind: "refused"; readonly stamp: Stamp | null; readonly comparison: StampComparison | null };

/**
 * `fresh` is the stamp this validation would make (`makeStamp`), `current` the workbook's. Today's data is
 * fingerprinted again only when the validation made no stamp to compare with.
 */
export function settleStamp(fresh: Stamp | null, current: Stamp | null, fingerprint: () => Fingerprint): StampSettlement {
  if (fresh === null) {
    return { kind: "refused", stamp: current, comparison: current === null ? null : compareWithStamp(current, fingerprint()) };
  }
  const kept = current !== null && sameValidation(current, fresh);
  const stamp = kept ? current : fresh;
  return { kind: kept ? "kept" : "new", stamp, comparison: compareWithStamp(stamp, fresh) };
}

export function compareWithStamp(stamp: Stamp, now: Fingerprint): StampComparison {
  const before = new Map(stamp.ranges.map((r) => [rangeKey(r), r]));
  const after = new Map(now.ranges.map((r) => [rangeKey(r), r]));
  const ref = ({ name, sheet }: RangeFingerprint): RangeRef => ({ name, sheet });
  const changed = now.ranges.filter((r) => before.has(rangeKey(r)) && before.get(rangeKey(r))!.hash !== r.hash).map(ref);
  const added = now.ranges.filter((r) => !before.has(rangeKey(r))).map(ref);
  const removed = stamp.ranges.filter((r) => !after.has(rangeKey(r))).map(ref);
  return { unchanged: changed.length + added.length + removed.length === 0, changed, added, removed };
}

/** Every range the comparison found different, by name: what "changed since" lists. */
export function differingNames(comparison: StampComparison): string[] {
  return [...comparison.changed, ...comparison.added, ...comparison.removed].map((r) => r.name);
}
