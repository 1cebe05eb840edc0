/**
 * A result after a live re-check, with every finding and range that did not change the very object the pane
 * already shows: the list's rows keep their keys and state, and only what changed renders again.
 */
import type { Finding } from "../../core/finding";
import { pushInto } from "../../core/group";
import type { CheckedRange, ValidateOutcome } from "../host";

export function keepUnchanged(before: ValidateOutcome | undefined, after: ValidateOutcome): ValidateOutcome {
  if (before?.kind !== "checked" || after.kind !== "checked") return after;
  const findings = reuse(before.findings, after.findings, findingIdentity);
  const ranges = reuse(before.ranges, after.ranges, (range: CheckedRange) => JSON.stringify(range));
  return { ...after, findings, ranges };
}

/**
 * Each item of `after` replaced by an equal one of `before`, each of those used once. An item `after` holds
 * already (a re-check keeps the findings it did not touch, the same objects) is used as it is, unkeyed: only the
 * few items new on either side are compared by their text.
 */
function reuse<T>(before: readonly T[], after: readonly T[], identity: (item: T) => string): T[] {
  const kept = new Set(after);
  const shared = new Set<T>();
  const old = new Map<string, T[]>();
  for (const item of before) {
    if (kept.has(item)) shared.add(item);
    else pushInto(old, identity(item), item);
  }
  const used = new Map<string, number>();
  return after.map((item) => {
    if (shared.has(item)) return item;
    const key = identity(item);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return old.get(key)?.[n] ?? item;
  });
}

function findingIdentity({ severity, rule, name, sheet, cell, message }: Finding): string {
  return `${severity}\u0000${rule}\u0000${name}\u0000${sheet}\u0000${cell}\u0000${message}`;
}
