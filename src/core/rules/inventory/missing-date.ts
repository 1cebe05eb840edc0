import { lotFactsPieces, lotLabel } from "../../inventory/lots";
import { defineRule } from "../../rule";
import { PIECE_ROWS } from "../../summary/pieces";

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
    for (const [i, row] of table.lotRows.entries()) {
      if (i > 0 && i % PIECE_ROWS === 0) yield;
      if (acquiredBlank[i]) {
        context.report({ row, col: table.columns.acquired, messageId: "missing", data: { lot: lotLabel(table, row) } });
      }
    }
  },
});
