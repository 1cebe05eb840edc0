import { defineRule } from "../../rule";
import { amountAt } from "../../tables/amounts";
import { unitSuffix } from "../../units/money-unit";

export default defineRule({
  id: "budget/negative-amount",
  severity: "error",
  scope: "row",
  appliesTo: ["budget"],
  description: { ko: "예산액과 집행액은 음수일 수 없습니다.", en: "Budget and executed amounts cannot be negative." },
  messages: {
    negative: { ko: "{column} {value}{unit}{은/는} 음수입니다.", en: "{column} {value}{unit} is negative." },
  },
  check(table, context) {
    const unit = unitSuffix(table.unit, context.lang);
    for (const col of [table.budgetCol, table.executedCol]) {
      if (col === undefined) continue;
      for (const { row } of table.rows) {
        const value = amountAt(table.grid, { row, col });
        if (value !== null && value < 0) {
          context.report({ row, col, messageId: "negative", data: { column: table.headers[col], value, unit } });
        }
      }
    }
  },
});
