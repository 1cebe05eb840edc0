/**
 * Text as it arrives from workbooks: NFD as well as NFC Korean, full-width digits and punctuation,
 * zero-width and no-break spaces around labels. Everything is normalised here before it is matched or parsed.
 */

// Zero-width space, joiners, word joiner and byte-order mark: invisible, never meaningful in a label.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// No-break, ideographic and other Unicode spaces: NFKC folds most but not all of them into a plain space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

// Printable ASCII without doubled or edge spaces is already normal: most ids, numbers and dates.
const PLAIN_ASCII = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** Text that normalizeText leaves as it is, and whose labelKey is itself without spaces, in lower case. */
export function isPlainAscii(text: string): boolean {
  return PLAIN_ASCII.test(text);
}

/** NFKC (full-width → ASCII, NFD Hangul → NFC), invisible characters dropped, runs of space made one. */
export function normalizeText(text: string): string {
  if (isPlainAscii(text)) return text;
  return remembered(normalized, text, normalizeFully);
}

function normalizeFully(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** A key for matching labels: normalised, without any space, lower case (`예 산 액` = `예산액`, `TOTAL` = `total`). */
export function labelKey(text: string): string {
  // Plain ASCII (ids, codes) is cheap to key and rarely repeats: remembering it would only churn the memory.
  if (isPlainAscii(text)) return withoutSpaces(text).toLowerCase();
  return remembered(keys, text, keyFully);
}

function keyFully(text: string): string {
  return withoutSpaces(normalizeText(text)).toLowerCase();
}

// Most labels hold no space: looking first spares a copy of each.
function withoutSpaces(text: string): string {
  return text.includes(" ") ? text.replace(/ /g, "") : text;
}

// Labels repeat down a column (a category, a status): remember recent results instead of normalising each.
const MEMORY_LIMIT = 10_000;
const normalized = new Map<string, string>();
const keys = new Map<string, string>();

// `compute` is a module function, not a closure: a closure per call would cost an allocation per cell.
function remembered(memory: Map<string, string>, text: string, compute: (text: string) => string): string {
  let result = memory.get(text);
  if (result === undefined) {
    if (memory.size >= MEMORY_LIMIT) memory.clear();
    result = compute(text);
    memory.set(text, result);
  }
  return result;
}
