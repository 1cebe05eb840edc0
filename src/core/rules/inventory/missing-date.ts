import { lotFactsPieces, lotLabel } from "../../inventory/lots";
import { defineRule } from "../../rule";
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
    yield* rowSpans(table.lotRows.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const row = table.lotRows[i];
        if (acquiredBlank[i]) {
          context.report({ row, col: table.columns.acquired, messageId: "missing", data: { lot: lotLabel(table, row) } });
        }
      }
    });
  },
});
