import { lotFactsPieces, lotLabel } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";

export default defineRule({
  id: "inventory/missing-date",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: { ko: "취득일이 없는 장비를 찾습니다.", en: "A lot has no acquisition date." },
  messages: {
    missing: { ko: "{lot}: 취득일이 없습니다.", en: "{lot}: no acquisition date." },
  },
  *pieces(table, context) {
    const { acquiredBlank } = yield* lotFactsPieces(table, context.facts);
    yield* rowSpans(table.lotRows.length, (from, to) => reportMissing(table, acquiredBlank, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` without an acquisition date (a module-level function: V8 optimises it, not a closure over a generator's variables). */
function reportMissing(table: InventoryTable, acquiredBlank: Uint8Array, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    if (acquiredBlank[i]) {
      context.report({ row, col: table.columns.acquired, messageId: "missing", data: { lot: lotLabel(table, row) } });
    }
  }
}
