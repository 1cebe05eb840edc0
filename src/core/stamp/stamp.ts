/** The validation stamp: what was validated, when and by which version, and the fingerprint of the data. */
import type { SeverityCounts } from "../finding";
import { rangeKey, type Fingerprint, type RangeFingerprint } from "./fingerprint";

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
