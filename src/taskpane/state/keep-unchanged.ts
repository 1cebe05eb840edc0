/**
 * A result after a live re-check, with every finding and range that did not change the very object the pane
 * already shows: the list's rows keep their keys and state, and only what changed renders again.
 */
import type { Finding } from "../../core/finding";
import { pushInto } from "../../core/group";
import type { CheckedRange, ValidateOutcome } from "../host";
import { keptPositions } from "./kept-positions";

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
  const at = keptPositions(before, after);
  const kept = new Uint8Array(before.length);
  for (const k of at) if (k >= 0) kept[k] = 1;
  const old = new Map<string, T[]>();
  for (let i = 0; i < before.length; i++) if (kept[i] === 0) pushInto(old, identity(before[i]), before[i]);
  const used = new Map<string, number>();
  const result: T[] = [];
  for (let j = 0; j < after.length; j++) {
    const item = after[j];
    if (at[j] >= 0) {
      result.push(item);
      continue;
    }
    const key = identity(item);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    result.push(old.get(key)?.[n] ?? item);
  }
  return result;
}

function findingIdentity({ severity, rule, name, sheet, cell, message }: Finding): string {
  return `${severity}\u0000${rule}\u0000${name}\u0000${sheet}\u0000${cell}\u0000${message}`;
}
