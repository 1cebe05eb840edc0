import { defineRule } from "../../rule";
import { TABLE_KINDS } from "../../tables/kinds";
import { columnHeader, typedCellIssues } from "../support/typed-cells";

export default defineRule({
  id: "cell/bad-date",
  severity: "error",
  appliesTo: TABLE_KINDS,
  description: { ko: "날짜로 읽을 수 없는 값을 찾습니다.", en: "A value that cannot be read as a date." },
  messages: {
    badDate: {
      ko: "{column}: '{text}'은(는) 날짜로 읽을 수 없습니다 (예: 2018-05-30, 2018. 5. 30., 2007.12)",
      en: "{column}: '{text}' cannot be read as a date (e.g. 2018-05-30, 2018. 5. 30., 2007.12)",
    },
  },
  check(table, context) {
    for (const { row, col, type, reading } of typedCellIssues(table)) {
      if (type !== "date" || reading.kind !== "invalid") continue;
      context.report({ row, col, messageId: "badDate", data: { column: columnHeader(table, col), text: reading.text.slice(0, 80) } });
    }
  },
});
