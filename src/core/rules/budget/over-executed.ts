import { defineRule } from "../../rule";
import { amountAt, roundSum } from "../../tables/amounts";
import { unitSuffix } from "../../units/money-unit";

export default defineRule({
  id: "budget/over-executed",
  severity: "error",
  scope: "row",
  appliesTo: ["budget"],
  description: { ko: "집행액이 예산액을 넘는지 확인합니다.", en: "Executed exceeds the budget." },
  messages: {
    over: {
      ko: "집행액 {executed} > 예산액 {budget} ({over}{unit} 초과 집행).",
      en: "Executed {executed} > budget {budget} (over by {over}{unit}).",
    },
  },
  check(table, context) {
    const { budgetCol, executedCol, grid } = table;
    if (budgetCol === undefined || executedCol === undefined) return;
    const unit = unitSuffix(table.unit, context.lang);
    for (const { row } of table.rows) {
      const budget = amountAt(grid, { row, col: budgetCol });
      const executed = amountAt(grid, { row, col: executedCol });
      // A negative budget is budget/negative-amount's finding; comparing against it says nothing more.
      if (budget === null || executed === null || budget < 0) continue;
      const over = roundSum(executed - budget);
      if (over > context.options.tolerance) {
        context.report({ row, col: executedCol, messageId: "over", data: { executed, budget, over, unit } });
      }
    }
  },
});
