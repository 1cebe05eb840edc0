import { labelKey } from "../values/text";

/**
 * Header words, matched without regard to case, spaces or a trailing unit in brackets: `집행율(%)`,
 * `예 산 액`, `Budget (천원)` and `BUDGET` are all found.
 */
export function headerKey(text: string): string {
  let key = labelKey(text);
  for (;;) {
    const stripped = key.replace(/[([{（][^()[\]{}（）]*[)\]}）]$/, "");
    if (stripped === key || stripped === "") return key;
    key = stripped;
  }
}

/** Builds a matcher for a set of header words. */
export function words(...synonyms: string[]): (key: string) => boolean {
  const keys = new Set(synonyms.map(headerKey));
  return (key) => keys.has(key);
}

export const isTotalLabel = words("계", "합계", "총계", "Total", "Grand total");
export const isSubtotalLabel = words("소계", "Subtotal", "Sub-total");
