import type { Lang } from "../finding";
import asOf from "./as-of";
import budget from "./budget";
import department from "./department";
import fiscalYear from "./fiscal-year";
import inventory from "./inventory";
import type { TableOf } from "./kind";
import staff from "./staff";
import table from "./table";
import unit from "./unit";
import usefulLife from "./useful-life";

/** Every kind of table, in the order names are looked for and the summary's sections follow. */
export const KINDS = [budget, staff, inventory, table, usefulLife, asOf, unit, department, fiscalYear] as const;

type AnyKind = (typeof KINDS)[number];

/** What kind of table a defined name holds, decided by the name alone (DESIGN.md, "Named ranges"). */
export type TableKind = AnyKind["id"];

/** A range read as its kind. */
export type Table = TableOf<AnyKind>;

/** Every kind of table; rules that check cells apply to all of them. */
export const TABLE_KINDS: readonly TableKind[] = KINDS.map((kind) => kind.id);

/** A kind's entry in the registry. */
export function kindOf(id: TableKind): AnyKind {
  return KINDS.find((kind) => kind.id === id)!;
}

/** Whether a kind named outside the core (the pane's list of ranges holds strings) is one of ours. */
export function isTableKind(id: string): id is TableKind {
  return KINDS.some((kind) => kind.id === id);
}

/** Each kind's caption in one language, as the pane names the kind of a range. */
export function kindCaptions(lang: Lang): Readonly<Record<TableKind, string>> {
  const captions = {} as Record<TableKind, string>;
  for (const kind of KINDS) captions[kind.id] = kind.labels.caption[lang];
  return captions;
}
