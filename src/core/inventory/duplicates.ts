import { rowSpans } from "../row-spans";
import { finish, type Pieces } from "../pieces";
import { isPlainAscii, labelKey } from "../values/text";

/**
 * For each text, the index of the first earlier text with the same label key (`labelKey`), or -1 for the first
 * of its key and for a text whose key is empty. This is inventory/duplicate-id's search over a register's ids,
 * in an open-addressing table of indexes rather than a Map of key strings (docs/performance.md says what that
 * saved). An id in plain ASCII,
 * as most are, is compared by folding it on the fly as labelKey would (spaces dropped, A–Z as a–z): no key
 * string is made for it.
 */
export function firstOfSameKey(texts: readonly string[]): Int32Array {
  return sameKeys(texts).first;
}

/** Texts, each as it is compared (`sourceOf`), and the first earlier text of the same key (firstOfSameKey). */
export interface SameKeys {
  readonly texts: readonly string[];
  readonly sources: readonly string[];
  readonly first: Int32Array;
}

/** A text as it is compared: itself when in plain ASCII (folded on the fly), else its label key. */
function sourceOf(text: string): string {
  return isPlainAscii(text) ? text : labelKey(text);
}

/**
 * `before` with the texts at some indexes changed, found again by looking only for the keys those texts had
 * and have: the other texts' first of the same key cannot have moved.
 */
export function sameKeysAgain(before: SameKeys, changed: ReadonlyMap<number, string>): SameKeys {
  const texts = before.texts.slice();
  const sources = before.sources.slice();
  const first = before.first.slice();
  const keys: string[] = [];
  const look = (source: string) => {
    if (source !== "" && !keys.some((key) => sameFolded(key, source))) keys.push(source);
  };
  for (const [i, text] of changed) {
    look(sources[i]);
    texts[i] = text;
    sources[i] = sourceOf(text);
    look(sources[i]);
    first[i] = -1;
  }
  for (const key of keys) {
    let head = -1;
    for (let i = 0; i < sources.length; i++) {
      if (!sameFolded(sources[i], key)) continue;
      if (head < 0) head = i;
      first[i] = head === i ? -1 : head;
    }
  }
  return { texts, sources, first };
}

export function sameKeys(texts: readonly string[]): SameKeys {
  return finish(sameKeyPieces(texts));
}

/** `sameKeys`, pausing every `PIECE_ROWS` texts of each of its two passes. */
export function* sameKeyPieces(texts: readonly string[]): Pieces<SameKeys> {
  const n = texts.length;
  const sources: string[] = [];
  yield* rowSpans(n, (from, to) => pushSources(texts, sources, from, to));
  if (n > 0) yield;
  let size = 16;
  while (size < n * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const first = new Int32Array(n).fill(-1);
  yield* rowSpans(n, (from, to) => findFirsts(sources, slots, first, from, to));
  return { texts, sources, first };
}

/** Pushes how texts `from` to `to - 1` are compared onto `sources` (module-level: V8 optimises it, not a closure over a generator's variables). */
function pushSources(texts: readonly string[], sources: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) sources.push(sourceOf(texts[i]));
}

/** Finds the first earlier text of the same key for texts `from` to `to - 1`, through the table `slots` (a power of two long). */
function findFirsts(sources: readonly string[], slots: Int32Array, first: Int32Array, from: number, to: number): void {
  const mask = slots.length - 1;
  for (let i = from; i < to; i++) {
    const source = sources[i];
    // Plain ASCII has no edge spaces and a label key none at all: only "" is no key.
    if (source === "") continue;
    for (let slot = foldedHash(source) & mask; ; slot = (slot + 1) & mask) {
      const earlier = slots[slot];
      if (earlier < 0) {
        slots[slot] = i;
        break;
      }
      if (sameFolded(sources[earlier], source)) {
        first[i] = earlier;
        break;
      }
    }
  }
}

const SPACE = 0x20;

/** The character code as labelKey leaves it in a plain ASCII text: A–Z as a–z (spaces are skipped by callers). */
function fold(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** FNV-1a over the folded characters, spaces skipped. */
function foldedHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE) hash = Math.imul(hash ^ fold(code), 0x01000193);
  }
  return hash >>> 0;
}

function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a.charCodeAt(i) === SPACE) i++;
    while (j < b.length && b.charCodeAt(j) === SPACE) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (fold(a.charCodeAt(i)) !== fold(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}
