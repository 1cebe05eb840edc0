import { lotFactsPieces, lotLabel, windowEnd } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";
import { epochDays, formatEpochDays } from "../../values/dates";

export default defineRule({
  id: "inventory/due-soon",
  severity: "info",
  scope: "row",
  appliesTo: ["inventory"],
  description: {
    ko: "기준일 뒤 교체 예정 기간(기본 12개월) 안에 교체 예정일이 오는 장비를 찾습니다.",
    en: "A lot falls due within the window (12 months by default) after the as-of date.",
  },
  messages: {
    dueSoon: {
      ko: "{lot}: {months}개월 이내 교체 예정입니다 (교체 예정일 {due}).",
      en: "{lot}: due {due}, within {months} months.",
    },
  },
  *pieces(table, context) {
    const months = context.options.dueWithinMonths;
    const asOf = epochDays(context.facts.asOf);
    const end = windowEnd(context.facts.asOf, months);
    const { due } = yield* lotFactsPieces(table, context.facts);
    yield* rowSpans(table.lotRows.length, (from, to) => reportDueSoon(table, due, asOf, end, months, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` due within the window. */
function reportDueSoon(table: InventoryTable, due: Float64Array, asOf: number, end: number, months: number, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    if (!(due[i] > asOf && due[i] <= end)) continue;
    context.report({
      row,
      col: table.columns.acquired,
      messageId: "dueSoon",
      data: { lot: lotLabel(table, row), due: formatEpochDays(due[i]), months },
    });
  }
}
