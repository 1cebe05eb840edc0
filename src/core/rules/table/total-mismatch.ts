import { defineRule } from "../../rule";
import { checkTotals, TOTAL_MESSAGES } from "../support/totals";

export default defineRule({
  id: "table/total-mismatch",
  severity: "error",
  scope: "table",
  appliesTo: ["table"],
  description: {
    ko: "표의 계·합계 행과 열이 더하는 숫자들의 합과 같은지 확인합니다.",
    en: "A table's total rows and columns equal the sum of the figures they total.",
  },
  messages: TOTAL_MESSAGES,
  check(table, context) {
    checkTotals(table.grid, table.totals, context.options.tolerance, table.unit, context);
  },
});
