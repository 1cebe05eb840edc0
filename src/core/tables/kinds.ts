import type { TableKind } from "./types";

/** Every kind of table; rules that check cells apply to all of them. */
export const TABLE_KINDS: readonly TableKind[] = ["budget", "staff", "inventory", "table", "usefulLife", "asOf"];
