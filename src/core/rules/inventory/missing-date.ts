import { lotFacts, lotLabel } from "../../inventory/lots";
import { defineRule } from "../../rule";

export default defineRule({
  id: "inventory/missing-date",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: { ko: "취득일이 없는 장비를 찾습니다.", en: "A lot has no acquisition date." },
  messages: {
    missing: { ko: "{lot}: 취득일이 없습니다.", en: "{lot}: no acquisition date." },
  },
  check(table, context) {
    const { acquiredBlank } = lotFacts(table, context.facts);
    table.lotRows.forEach((row, i) => {
      if (acquiredBlank[i]) {
        context.report({ row, col: table.columns.acquired, messageId: "missing", data: { lot: lotLabel(table, row) } });
      }
    });
  },
});
