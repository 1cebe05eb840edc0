import { defineRule } from "../../rule";
import { rateOf } from "../../values/cell-readers";
import { amountAt, readAt } from "../../tables/amounts";

export default defineRule({
  id: "budget/rate-mismatch",
  severity: "error",
  scope: "row",
  appliesTo: ["budget"],
  description: {
    ko: "집행률이 집행액 ÷ 예산액과 표시된 자릿수에서 같은지 확인합니다.",
    en: "The execution rate equals executed ÷ budget at the precision it is stated with.",
  },
  messages: {
    mismatch: {
      ko: "집행률 {stated}% ≠ {expected}% (= 집행액 {executed} ÷ 예산액 {budget}).",
      en: "Execution rate {stated}% ≠ {expected}% (= executed {executed} ÷ budget {budget}).",
    },
    missing: {
      ko: "집행률이 비어 있으나 집행액이 {executed}입니다 ({expected}% = 집행액 ÷ 예산액 {budget}).",
      en: "No execution rate is stated, yet executed is {executed} ({expected}% = executed ÷ budget {budget}).",
    },
  },
  check(table, context) {
    const { rateCol, budgetCol, executedCol, grid } = table;
    if (rateCol === undefined || budgetCol === undefined || executedCol === undefined) return;
    for (const { row } of table.rows) {
      const reading = readAt(grid, { row, col: rateCol });
      if (reading.kind === "error" || reading.kind === "invalid") continue;
      const budget = amountAt(grid, { row, col: budgetCol });
      const executed = amountAt(grid, { row, col: executedCol });
      if (budget === null || executed === null || budget === 0) continue;
      const computed = (executed / budget) * 100;
      const stated = rateOf(reading);
      if (stated === null) {
        if (executed !== 0) {
          const expected = computed.toFixed(context.options.rateDecimals);
          context.report({ row, col: rateCol, messageId: "missing", data: { executed, budget, expected } });
        }
        continue;
      }
      const decimals = stated.decimals ?? context.options.rateDecimals;
      // Half a unit of the last stated decimal, plus room for binary rounding.
      if (Math.abs(stated.percent - computed) <= 0.5 * 10 ** -decimals + 1e-9) continue;
      context.report({
        row,
        col: rateCol,
        messageId: "mismatch",
        data: { stated: stated.percent.toFixed(decimals), expected: computed.toFixed(decimals), executed, budget },
      });
    }
  },
});
