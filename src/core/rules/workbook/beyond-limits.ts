import { defineRule } from "../../rule";

export default defineRule({
  id: "workbook/beyond-limits",
  severity: "error",
  scope: "table",
  appliesTo: ["beyond-limits"],
  description: {
    ko: "Excel의 마지막 행(1,048,576)이나 마지막 열(XFD)을 벗어난 셀과 병합 영역을 찾습니다.",
    en: "Cells and merged areas past Excel's last row (1,048,576) or column (XFD).",
  },
  messages: {
    "beyond-limits": {
      ko: "시트 '{sheet}'의 {first}{이/가} Excel의 마지막 행(1,048,576)이나 마지막 열(XFD)을 벗어나 있어 읽지 않았습니다 (이 시트에서 이런 셀과 병합 영역은 모두 {count}개입니다). 파일을 만든 프로그램에서 고치십시오.",
      en: "{first} on sheet '{sheet}' lies past Excel's last row (1,048,576) or column (XFD) and was not read (cells and merged areas past the limits on this sheet: {count}). Fix it in the program that wrote the file.",
    },
  },
  check(sheet, context) {
    context.report({ messageId: "beyond-limits", data: { sheet: sheet.sheet, first: sheet.beyond.first, count: sheet.beyond.count } });
  },
});
