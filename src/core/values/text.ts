/**
 * Text as it arrives from workbooks: NFD as well as NFC Korean, full-width digits and punctuation,
 * zero-width and no-break spaces around labels. Everything is normalised here before it is matched or parsed.
 */

// Zero-width space, joiners, word joiner and byte-order mark: invisible, never meaningful in a label.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// No-break, ideographic and other Unicode spaces: NFKC folds most but not all of them into a plain space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFKC (full-width → ASCII, NFD Hangul → NFC), invisible characters dropped, runs of space made one. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** A key for matching labels: normalised, without any space, lower case (`예 산 액` = `예산액`, `TOTAL` = `total`). */
export function labelKey(text: string): string {
  return normalizeText(text).replace(/ /g, "").toLowerCase();
}
