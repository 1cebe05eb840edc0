import type { ValidateOutcome } from "../host";

/**
 * The names a naming added, as the host chose them (`예산`, or `예산_2` when that was taken): the named ranges of
 * the result after it that the result before did not name.
 */
export function namesAdded(before: ValidateOutcome | undefined, after: ValidateOutcome): string[] {
  if (after.kind !== "checked") return [];
  const known = new Set(namedRanges(before));
  return namedRanges(after).filter((name) => !known.has(name));
}

function namedRanges(outcome: ValidateOutcome | undefined): string[] {
  return outcome?.kind === "checked" ? outcome.ranges.filter((range) => !range.detected).map((range) => range.name) : [];
}
