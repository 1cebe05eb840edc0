import { defineRule } from "../../rule";
import { checkTotals, TOTAL_MESSAGES } from "../support/totals";

export default defineRule({
  id: "budget/total-mismatch",
  severity: "error",
  appliesTo: ["budget"],
  description: {
    ko: "합계·소계 행(과 기간별 계 열)이 항목의 합과 같은지 확인합니다.",
    en: "Total and subtotal rows (and period total columns) equal the sum of their items.",
  },
  messages: TOTAL_MESSAGES,
  check(table, context) {
    checkTotals(table.grid, table.totals, context.options.tolerance, table.unit, context);
  },
});
