import { cellAddress } from "../../grid-axes";
import { sameKeyPieces, sameKeysAgain, type SameKeys } from "../../inventory/duplicates";
import { cellTextAt } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import { rowSpans } from "../../row-spans";
import type { Pieces } from "../../pieces";
import type { InventoryTable } from "../../tables/types";
import { OwnedCache } from "../../owned-cache";

export default defineRule({
  id: "inventory/duplicate-id",
  severity: "error",
  scope: "table",
  appliesTo: ["inventory"],
  description: { ko: "관리번호가 두 번 이상 나오는지 확인합니다.", en: "The same asset ID appears more than once." },
  messages: {
    duplicate: {
      ko: "관리번호 {id}{이/가} 중복됩니다 (처음 나온 곳 {first}).",
      en: "Asset ID {id} appears again (first at {first}).",
    },
  },
  *pieces(table, context) {
    const col = table.columns.id;
    if (col === undefined) return;
    const { texts: ids, first } = yield* idsOf(table);
    yield* rowSpans(table.lotRows.length, (from, to) => reportDuplicates(table, col, ids, first, context, from, to));
  },
  carry(from, to, rows) {
    const before = kept.get(from);
    if (before === undefined || to.columns.id === undefined) return;
    const changed = new Map<number, string>();
    for (const row of rows) {
      const i = lotIndex(to.lotRows, row);
      const id = i >= 0 ? cellTextAt(to, row, "id") : undefined;
      if (id !== undefined && id !== before.texts[i]) changed.set(i, id);
    }
    // Most edits leave the ids alone: then the search of the last check stands as it was.
    kept.set(to, changed.size === 0 ? before : sameKeysAgain(before, changed));
  },
});

/** Each register's ids as the last check read them, for a live re-check to update rather than read again. */
const kept = new OwnedCache<InventoryTable, SameKeys>("same keys");

function* idsOf(table: InventoryTable): Pieces<SameKeys> {
  const before = kept.get(table);
  if (before !== undefined) return before;
  const ids: string[] = [];
  yield* rowSpans(table.lotRows.length, (from, to) => readIds(table, ids, from, to));
  if (ids.length > 0) yield;
  const keys = yield* sameKeyPieces(ids);
  kept.set(table, keys);
  return keys;
}

/** Reports lots `from` to `to - 1` whose id came before (module-level: V8 optimises it, not a closure over a generator's variables). */
function reportDuplicates(table: InventoryTable, col: number, ids: readonly string[], first: Int32Array, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (first[i] < 0) continue;
    const firstCell = cellAddress(table.grid, table.lotRows[first[i]], col);
    context.report({ row: table.lotRows[i], col, messageId: "duplicate", data: { id: ids[i], first: firstCell } });
  }
}

/** Pushes the ids of lots `from` to `to - 1` onto `ids`. */
function readIds(table: InventoryTable, ids: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) ids.push(cellTextAt(table, table.lotRows[i], "id"));
}

/** The index of a grid row in a register's lot rows (ascending), or -1. */
function lotIndex(lotRows: readonly number[], row: number): number {
  let low = 0;
  let high = lotRows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (lotRows[mid] === row) return mid;
    if (lotRows[mid] < row) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
