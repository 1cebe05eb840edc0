import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";
import { rowSpans } from "../../row-spans";
import { columnHeader, typedCellIssuePieces } from "../support/typed-cells";

export default defineRule({
  id: "cell/bad-date",
  severity: "error",
  scope: "row",
  appliesTo: TABLE_KINDS,
  description: { ko: "날짜로 읽을 수 없는 값을 찾습니다.", en: "A value that cannot be read as a date." },
  messages: {
    unreadable: {
      ko: "{column}: '{text}'{은/는} 날짜로 읽을 수 없습니다 (예: 2018-05-30, 2018. 5. 30., 2007.12).",
      en: "{column}: '{text}' cannot be read as a date (e.g. 2018-05-30, 2018. 5. 30., 2007.12).",
    },
    "phantom-leap-day": {
      ko: "{column}: 일련번호 {text}{은/는} 실제로 없는 날짜 1900-02-29입니다 (Excel 1900 날짜 체계의 오류).",
      en: "{column}: serial {text} is 1900-02-29, a day that never was (a flaw of Excel's 1900 date system).",
    },
    "before-1900": {
      ko: "{column}: '{text}'{은/는} 1900년 이전 날짜라 Excel이 날짜로 다룰 수 없습니다.",
      en: "{column}: '{text}' is before 1900, which Excel cannot hold as a date.",
    },
    "out-of-range": {
      ko: "{column}: {text}{은/는} Excel 날짜 범위(1900-01-01 ~ 9999-12-31) 밖의 일련번호입니다.",
      en: "{column}: {text} is outside Excel's dates (1900-01-01 to 9999-12-31).",
    },
  },
  *pieces(table, context) {
    const issues = yield* typedCellIssuePieces(table);
    yield* rowSpans(issues.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const issue = issues[i];
        if (issue.type !== "date" || issue.reading.kind !== "invalid") continue;
        const { row, col, reading } = issue;
        context.report({ row, col, messageId: reading.reason, data: { column: columnHeader(table, col), text: reading.text } });
      }
    });
  },
});
