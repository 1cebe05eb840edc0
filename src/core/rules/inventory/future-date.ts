import { lotFacts, lotLabel } from "../../inventory/lots";
import { defineRule } from "../../rule";
import { epochDays, formatEpochDays, formatIsoDate } from "../../values/dates";

export default defineRule({
  id: "inventory/future-date",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: { ko: "기준일 뒤에 취득한 장비를 찾습니다.", en: "A lot was acquired after the as-of date." },
  messages: {
    future: {
      ko: "{lot}: 취득일 {acquired}{이/가} 기준일 {asOf} 이후입니다.",
      en: "{lot}: acquired {acquired}, after the as-of date {asOf}.",
    },
  },
  check(table, context) {
    const { asOf } = context.facts;
    const asOfDays = epochDays(asOf);
    const { acquired } = lotFacts(table, context.facts);
    table.lotRows.forEach((row, i) => {
      if (!(acquired[i] > asOfDays)) return;
      context.report({
        row,
        col: table.columns.acquired,
        messageId: "future",
        data: { lot: lotLabel(table, row), acquired: formatEpochDays(acquired[i]), asOf: formatIsoDate(asOf) },
      });
    });
  },
});
