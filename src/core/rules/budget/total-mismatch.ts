import { defineRule } from "../../rule";
import { checkTotals, PROGRAM_TOTAL_MESSAGES, TOTAL_MESSAGES } from "../support/totals";

export default defineRule({
  id: "budget/total-mismatch",
  severity: "error",
  scope: "table",
  appliesTo: ["budget"],
  description: {
    ko: "합계·소계 행(과 기간별 계 열), 그리고 정책사업·단위사업 행이 그 아래 항목의 합과 같은지 확인합니다.",
    en: "Total and subtotal rows (and period total columns), and program rows, equal the sum of the items under them.",
  },
  messages: { ...TOTAL_MESSAGES, ...PROGRAM_TOTAL_MESSAGES },
  check(table, context) {
    checkTotals(table.grid, table.totals, context.options.tolerance, table.unit, context, table.levelNames);
  },
});
