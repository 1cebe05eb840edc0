import { kindOf } from "../../kinds";
import { defineRule } from "../../rule";

export default defineRule({
  id: "table/missing-column",
  severity: "error",
  scope: "frame",
  appliesTo: ["inventory"],
  description: {
    ko: "표에 검사에 필요한 열이 없으면, 그 열이 필요 없는 검사는 하면서, 빠진 열과 받는 머리글을 알립니다.",
    en: "A table lacks a column a check needs: the other checks still run, and this names the column and the headers accepted.",
  },
  messages: {
    missing: {
      ko: "{kind} 표에 '{header}' 열이 없어 {purpose} 검사를 하지 못했습니다. 받는 머리글: {accepted}.",
      en: "The {kind} table has no '{header}' column, so {purpose} could not be checked. Headers accepted: {accepted}.",
    },
  },
  check(table, context) {
    const kind = kindOf(table.kind).labels.qualifier[context.lang];
    for (const missing of table.missingColumns) {
      context.report({
        row: table.headerRow,
        col: 0,
        messageId: "missing",
        data: { kind, header: missing.header, purpose: missing.purpose[context.lang], accepted: missing.accepted.join(", ") },
      });
    }
  },
});
