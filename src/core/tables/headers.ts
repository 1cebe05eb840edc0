import type { CellValue } from "../grid";
import { cellText } from "../values/cell-readers";
import { isPlainAscii, labelKey } from "../values/text";

/**
 * Header words, matched without regard to case, spaces or a trailing unit in brackets: `집행율(%)`,
 * `예 산 액`, `Budget (천원)` and `BUDGET` are all found.
 */
export function headerKey(text: string): string {
  let key = labelKey(text);
  // Most keys (every id and label of a register's rows) end in no bracket: one look spares them the expression.
  while (key !== "" && CLOSING_BRACKETS.includes(key[key.length - 1])) {
    const stripped = key.replace(TRAILING_UNIT, "");
    if (stripped === key || stripped === "") return key;
    key = stripped;
  }
  return key;
}

const CLOSING_BRACKETS = ")]}）";
const TRAILING_UNIT = /[([{（][^()[\]{}（）]*[)\]}）]$/;

/**
 * Builds a matcher for a set of header words. A word written with a bracketed part, as the forms write
 * `세부사업(명)` and `물품분류(번호)`, matches as written, without the part, and with it run in: `세부사업`,
 * `세부사업명`.
 */
export function words(...synonyms: string[]): (key: string) => boolean {
  const keys = new Set(synonyms.map(headerKey));
  for (const word of synonyms) if (TRAILING_UNIT.test(word.trim())) keys.add(headerKey(word.replace(/[()[\]{}（）]/g, "")));
  return (key) => keys.has(key);
}

/** Builds a matcher for header texts that hold any of the parts anywhere, in any case: `비율(%)` holds `%`. */
export function containing(...parts: string[]): (text: string) => boolean {
  const pattern = new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");
  return (text) => pattern.test(text);
}

const TOTAL_WORDS = ["계", "합계", "총계", "Total", "Grand total"];
export const isTotalLabel = words(...TOTAL_WORDS);

// A key keeps its text's first character (lower case): a text that starts otherwise than every total word is none.
const TOTAL_INITIALS = new Set(TOTAL_WORDS.map((word) => headerKey(word)[0]));

/**
 * `isTotalLabel(headerKey(cellText(value)))`, with plain ASCII text told at a glance when it starts with no total
 * word's first letter: a register's ids, a million of them, need no key made.
 */
export function isTotalCell(value: CellValue): boolean {
  if (typeof value !== "string") return isTotalLabel(headerKey(cellText(value)));
  if (value !== "" && isPlainAscii(value)) return TOTAL_INITIALS.has(value[0].toLowerCase()) && isTotalLabel(headerKey(value));
  // Other text (categories, descriptions) repeats down a register: each distinct one is judged once.
  let total = totalTexts.get(value);
  if (total === undefined) {
    if (totalTexts.size >= 10_000) totalTexts.clear();
    total = isTotalLabel(headerKey(cellText(value)));
    totalTexts.set(value, total);
  }
  return total;
}

const totalTexts = new Map<string, boolean>();
export const isSubtotalLabel = words("소계", "Subtotal", "Sub-total");
