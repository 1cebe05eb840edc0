import { defineRule } from "../../rule";
import { checkTotals, TOTAL_MESSAGES } from "../support/totals";

export default defineRule({
  id: "staff/total-mismatch",
  severity: "error",
  scope: "table",
  appliesTo: ["staff"],
  description: {
    ko: "인력 표의 계 열·행이 직급별 인원의 합과 같은지 확인합니다.",
    en: "A staff table's total columns and rows equal the sum of the grades.",
  },
  messages: TOTAL_MESSAGES,
  check(table, context) {
    // Headcounts are whole people: no tolerance beyond rounding.
    checkTotals(table.grid, table.totals, 0, null, context);
  },
});
