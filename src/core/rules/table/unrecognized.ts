import { kindOf } from "../../kinds";
import { defineRule } from "../../rule";

export default defineRule({
  id: "table/unrecognized",
  severity: "error",
  scope: "table",
  appliesTo: ["unrecognized"],
  description: {
    ko: "이름이 가리키는 범위에서 표의 머리글을 찾지 못하면 알립니다 (아무것도 검증되지 않은 표를 통과로 보이지 않게).",
    en: "The range a name refers to has no recognisable header, so nothing in it could be checked.",
  },
  messages: {
    unrecognized: {
      ko: "이름 {name}의 범위에서 {kind} 표의 머리글을 찾지 못해 검증하지 못했습니다. 필요한 머리글: {missing}.",
      en: "No {kind} table header found in the range of {name}, so it was not checked. Needed: {missing}.",
    },
  },
  check(table, context) {
    context.report({
      row: 0,
      col: 0,
      messageId: "unrecognized",
      data: { name: table.name, kind: kindOf(table.intended).labels.qualifier[context.lang], missing: table.missing.join(", ") },
    });
  },
});
