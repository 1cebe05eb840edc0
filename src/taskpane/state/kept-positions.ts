/**
 * Where each item of a list made again was in the list before, where it is the very same object: what a live
 * re-check keeps (the findings of the rows it did not touch) it keeps in their order, so both lists are walked
 * side by side, and only what is new, gone or moved far is looked up by object. Hashing tens of thousands of
 * objects into a Set costs tens of milliseconds in V8, more than the whole walk.
 */

/** How far ahead in `before` an item of `after` is looked for before it is taken for new or moved. */
const LOOKAHEAD = 16;

/** For each item of `after`, the index of the same object in `before`, or -1; each index of `before` at most once. */
export function keptPositions<T>(before: readonly T[], after: readonly T[]): Int32Array {
  const at = new Int32Array(after.length).fill(-1);
  const taken = new Uint8Array(before.length);
  let unmatched = 0;
  let next = 0;
  for (let j = 0; j < after.length; j++) {
    const end = Math.min(before.length, next + LOOKAHEAD);
    let k = next;
    while (k < end && before[k] !== after[j]) k++;
    if (k === end) {
      unmatched++;
      continue;
    }
    at[j] = k;
    taken[k] = 1;
    next = k + 1;
  }
  if (unmatched === 0) return at;
  // New items, and kept ones that moved farther than the lookahead: by object, among those not yet matched.
  const loose = new Map<T, number>();
  for (let i = 0; i < before.length; i++) if (taken[i] === 0 && !loose.has(before[i])) loose.set(before[i], i);
  for (let j = 0; j < after.length; j++) {
    if (at[j] >= 0) continue;
    const k = loose.get(after[j]);
    if (k === undefined) continue;
    at[j] = k;
    loose.delete(after[j]);
  }
  return at;
}
