import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";
import { rowSpans } from "../../row-spans";
import { columnHeader, typedCellIssuePieces } from "../support/typed-cells";

export default defineRule({
  id: "cell/error-value",
  severity: "error",
  scope: "row",
  appliesTo: TABLE_KINDS,
  description: {
    ko: "숫자나 날짜가 있어야 할 셀의 Excel 오류 값(#DIV/0!, #N/A, #REF! 등)을 찾습니다.",
    en: "An Excel error value (#DIV/0!, #N/A, #REF!…) where a number or date is needed.",
  },
  messages: {
    error: {
      ko: "{column}: 오류 값 {error}{이/가} 있어 값을 읽을 수 없습니다.",
      en: "{column}: the error value {error} stands where a value is needed.",
    },
  },
  *pieces(table, context) {
    const issues = yield* typedCellIssuePieces(table);
    yield* rowSpans(issues.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const { row, col, reading } = issues[i];
        if (reading.kind !== "error") continue;
        context.report({ row, col, messageId: "error", data: { column: columnHeader(table, col), error: reading.error } });
      }
    });
  },
});
