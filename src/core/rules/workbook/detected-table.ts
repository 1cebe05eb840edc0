import { kindOf, TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";

export default defineRule({
  id: "workbook/detected-table",
  severity: "info",
  scope: "frame",
  appliesTo: TABLE_KINDS,
  description: {
    ko: "이름 없이 머리글 낱말로 찾아 검사한 표: 어디서 찾았는지, 어떤 이름을 정의하면 되는지 알려 줍니다.",
    en: "A table checked without a name, found by its header words: where it is, and the name to define over it.",
  },
  messages: {
    found: {
      ko: "이름 없이 찾은 표: {range} ({kind}). 이 범위로 이름을 정의하면 이 표로 확정됩니다 (이름: {name}).",
      en: "Table found without a name: {range} ({kind}). Define a name over this range to make it official (name: {name}).",
    },
  },
  check(table, context) {
    if (table.detected === undefined) return;
    const { row, col, defineAs } = table.detected;
    const kind = kindOf(table.kind).labels.caption[context.lang];
    context.report({ row, col, messageId: "found", data: { range: table.name, kind, name: defineAs } });
  },
});
