import figureTable from "../kinds/table";
import type { TableKind } from "../tables/types";
import { labelKey } from "../values/text";

interface NamePattern {
  readonly kind: TableKind;
  /** Exact names (case-insensitive). */
  readonly exact: readonly string[];
  /** Prefixes that take any suffix: `Budget_2018`. */
  readonly prefixes: readonly string[];
}

/** DESIGN.md's named ranges and their Korean aliases. */
export const NAME_PATTERNS: readonly NamePattern[] = [
  { kind: "budget", exact: ["Budget", "예산"], prefixes: ["Budget_", "예산_"] },
  { kind: "staff", exact: ["Staff", "인력"], prefixes: ["Staff_", "인력_"] },
  {
    kind: "inventory",
    exact: ["Inventory", "Assets", "장비", "자산"],
    prefixes: ["Inventory_", "Assets_", "장비_", "자산_"],
  },
  { kind: "table", ...figureTable.names },
  { kind: "usefulLife", exact: ["UsefulLife", "내용연수"], prefixes: [] },
  { kind: "asOf", exact: ["AsOfDate", "기준일"], prefixes: [] },
];

/** The kind of table a defined name holds, or null for a name this program does not read. */
export function classifyName(name: string): TableKind | null {
  const key = labelKey(name);
  for (const pattern of NAME_PATTERNS) {
    if (pattern.exact.some((e) => labelKey(e) === key)) return pattern.kind;
    if (pattern.prefixes.some((p) => key.startsWith(labelKey(p)) && key.length > labelKey(p).length)) return pattern.kind;
  }
  return null;
}

/** The names looked for, for the message shown when a workbook holds none of them. */
export function namesLookedFor(): string[] {
  return NAME_PATTERNS.flatMap((p) => [...p.exact, ...p.prefixes.map((x) => `${x}*`)]);
}
