import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";
import { rowSpans } from "../../row-spans";
import { columnHeader, typedCellIssuePieces } from "../support/typed-cells";

export default defineRule({
  id: "cell/not-a-number",
  severity: "error",
  scope: "row",
  appliesTo: TABLE_KINDS,
  description: { ko: "숫자로 읽을 수 없는 텍스트를 찾습니다.", en: "Text that cannot be read as a number." },
  messages: {
    notANumber: {
      ko: "{column}: '{text}'{은/는} 숫자로 읽을 수 없습니다.",
      en: "{column}: '{text}' cannot be read as a number.",
    },
    tooLarge: {
      ko: "{column}: {text}{은/는} 정확히 계산할 수 있는 범위(2^53)를 넘는 수입니다.",
      en: "{column}: {text} is past the range numbers are exact in (2^53).",
    },
  },
  *pieces(table, context) {
    const issues = yield* typedCellIssuePieces(table);
    yield* rowSpans(issues.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const issue = issues[i];
        if (issue.type === "date" || issue.reading.kind !== "invalid") continue;
        const { row, col, reading } = issue;
        context.report({
          row,
          col,
          messageId: reading.reason === "too-large" ? "tooLarge" : "notANumber",
          data: { column: columnHeader(table, col), text: reading.text },
        });
      }
    });
  },
});
