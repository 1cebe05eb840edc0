import figureTable from "../../kinds/table";
import { defineRule } from "../../rule";

const KIND_LABELS = {
  budget: { ko: "예산", en: "budget" },
  staff: { ko: "인력", en: "staff" },
  inventory: { ko: "장비", en: "inventory" },
  table: figureTable.labels.qualifier,
  usefulLife: { ko: "내용연수", en: "useful-life" },
  asOf: { ko: "기준일", en: "as-of date" },
} as const;

export default defineRule({
  id: "table/unrecognized",
  severity: "error",
  appliesTo: ["unrecognized"],
  description: {
    ko: "이름이 가리키는 범위에서 표의 머리글을 찾지 못하면 알립니다 (아무것도 검증되지 않은 표를 통과로 보이지 않게).",
    en: "The range a name refers to has no recognisable header, so nothing in it could be checked.",
  },
  messages: {
    unrecognized: {
      ko: "이름 {name}의 범위에서 {kind} 표의 머리글을 찾지 못해 검증하지 못했습니다. 필요한 머리글: {missing}",
      en: "No {kind} table header found in the range of {name}, so it was not checked. Needed: {missing}",
    },
  },
  check(table, context) {
    context.report({
      row: 0,
      col: 0,
      messageId: "unrecognized",
      data: { name: table.name, kind: KIND_LABELS[table.intended][context.lang], missing: table.missing.join(", ") },
    });
  },
});
