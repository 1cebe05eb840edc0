import { lotFactsPieces, lotLabel, type LotFacts } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";
import { epochDays, formatEpochDays } from "../../values/dates";

export default defineRule({
  id: "inventory/overdue",
  severity: "warning",
  scope: "row",
  appliesTo: ["inventory"],
  description: {
    ko: "교체 예정일(취득일 + 내용연수)이 기준일 이전인 장비를 찾습니다.",
    en: "A lot's due date (acquired + useful life) is on or before the as-of date.",
  },
  messages: {
    overdue: {
      ko: "{lot}: 교체 예정일 {due}{이/가} 경과했습니다 (취득 {acquired} + 내용연수 {life}년).",
      en: "{lot}: due {due}, overdue (acquired {acquired} + {life}-year life).",
    },
  },
  *pieces(table, context) {
    const asOf = epochDays(context.facts.asOf);
    const lots = yield* lotFactsPieces(table, context.facts);
    yield* rowSpans(table.lotRows.length, (from, to) => reportOverdue(table, lots, asOf, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` due on or before the as-of date. */
function reportOverdue(table: InventoryTable, { acquired, due, life }: LotFacts, asOf: number, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    if (!(due[i] <= asOf)) continue;
    context.report({
      row,
      col: table.columns.acquired,
      messageId: "overdue",
      data: {
        lot: lotLabel(table, row),
        due: formatEpochDays(due[i]),
        acquired: formatEpochDays(acquired[i]),
        life: life[i],
      },
    });
  }
}
