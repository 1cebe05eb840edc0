/**
 * The defined name a found table would take: the kind's first name in the language of its header (`예산`,
 * `Budget`), `_2`, `_3` after it when taken, and always a name that reads back as the same kind.
 */
import { kindOf, type TableKind } from "../kinds";
import { classifyName } from "../names/classify";
import { labelKey } from "../values/text";

const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;
const MAX_TRIES = 1_000;

export function hasHangul(words: readonly string[]): boolean {
  return words.some((word) => HANGUL.test(word));
}

/** A free name for a table of `kind` on `sheet`; undefined when the kind allows no more (one `내용연수`). */
export function nameToDefine(kind: TableKind, korean: boolean, sheet: string, taken: ReadonlySet<string> = new Set()): string | undefined {
  const { exact, prefixes } = kindOf(kind).names;
  const inLanguage = (word: string) => HANGUL.test(word) === korean;
  // A kind named by prefix alone (`표_`) takes its sheet's name after it.
  const base = exact.find(inLanguage) ?? `${prefixes.find(inLanguage) ?? prefixes[0]}${nameSafe(sheet)}`;
  const free = (name: string) => !taken.has(labelKey(name)) && classifyName(name) === kind;
  if (free(base)) return base;
  for (let n = 2; n < MAX_TRIES; n++) if (free(`${base}_${n}`)) return `${base}_${n}`;
  return undefined;
}

/** What of a sheet's name Excel allows in a defined name: letters, digits, `_` and `.`. */
function nameSafe(sheet: string): string {
  return sheet.replace(/[^\p{L}\p{N}_.]/gu, "") || "1";
}
