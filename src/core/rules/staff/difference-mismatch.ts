import { defineRule } from "../../rule";
import { amountAt } from "../../tables/amounts";

export default defineRule({
  id: "staff/difference-mismatch",
  severity: "error",
  scope: "row",
  appliesTo: ["staff"],
  description: {
    ko: "과부족이 현원 − 정원과, 결원이 정원 − 현원과 같은지 확인합니다.",
    en: "Difference equals current − authorized, and vacancies equal authorized − current.",
  },
  messages: {
    mismatch: {
      ko: "과부족 {stated} ≠ 현원 {current} − 정원 {authorized} = {expected}.",
      en: "Difference {stated} ≠ current {current} − authorized {authorized} = {expected}.",
    },
    vacancy: {
      ko: "결원 {stated} ≠ 정원 {authorized} − 현원 {current} = {expected}.",
      en: "Vacancies {stated} ≠ authorized {authorized} − current {current} = {expected}.",
    },
  },
  check(table, context) {
    for (const d of table.differences) {
      const authorized = amountAt(table.grid, d.authorized);
      const current = amountAt(table.grid, d.current);
      const stated = amountAt(table.grid, d.difference);
      if (authorized === null || current === null || stated === null) continue;
      const vacancy = d.stated === "vacancy";
      const expected = vacancy ? authorized - current : current - authorized;
      if (stated === expected) continue;
      const messageId = vacancy ? "vacancy" : "mismatch";
      context.report({ ...d.difference, messageId, data: { stated, current, authorized, expected } });
    }
  },
});
