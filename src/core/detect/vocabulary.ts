/**
 * The header words of every kind, from the registry, as one lookup: a header cell's key (normalised, spaces and
 * line breaks removed, a trailing unit dropped) to the kinds and roles it marks. Built once.
 */
import { KINDS, kindOf, type TableKind } from "../kinds";
import { headerKey } from "../tables/headers";

export interface RoleOfWord {
  readonly kind: TableKind;
  readonly role: string;
}

let lookup: Map<string, RoleOfWord[]> | undefined;

/** The kinds and roles a header key marks; empty for a word no kind reads. */
export function rolesOfKey(key: string): readonly RoleOfWord[] {
  lookup ??= buildLookup();
  return lookup.get(key) ?? [];
}

function buildLookup(): Map<string, RoleOfWord[]> {
  const byKey = new Map<string, RoleOfWord[]>();
  for (const kind of KINDS) {
    for (const [role, words] of Object.entries(kind.header?.words ?? {})) {
      for (const word of words) {
        const key = headerKey(word);
        const roles = byKey.get(key) ?? [];
        if (!roles.some((r) => r.kind === kind.id && r.role === role)) roles.push({ kind: kind.id, role });
        byKey.set(key, roles);
      }
    }
  }
  return byKey;
}

/**
 * The words a kind's tables are found by, as the message shown when nothing was found lists them: its header
 * words, or for tables of figures (found by their totals) the words its header needs.
 */
export function wordsLookedFor(kind: TableKind): string[] {
  const header = kindOf(kind).header;
  if (header === null) return [];
  if (Object.keys(header.words).length < 2) return [...header.needed];
  const words: string[] = [];
  for (const list of Object.values(header.words)) for (const word of list) if (!words.includes(word)) words.push(word);
  return words;
}
