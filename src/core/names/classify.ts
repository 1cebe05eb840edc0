import { KINDS, type TableKind } from "../kinds";
import { labelKey } from "../values/text";

/** The kind of table a defined name holds, or null for a name this program does not read. */
export function classifyName(name: string): TableKind | null {
  const key = labelKey(name);
  for (const { id, names } of KINDS) {
    if (names.exact.some((e) => labelKey(e) === key)) return id;
    if (names.prefixes.some((p) => key.startsWith(labelKey(p)) && key.length > labelKey(p).length)) return id;
  }
  return null;
}

/** The names looked for, for the message shown when a workbook holds none of them. */
export function namesLookedFor(): string[] {
  return KINDS.flatMap(({ names }) => [...names.exact, ...names.prefixes.map((x) => `${x}*`)]);
}
