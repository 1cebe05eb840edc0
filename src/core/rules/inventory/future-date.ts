import { lotFactsPieces, lotLabel } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";
import { epochDays, formatEpochDays, formatIsoDate, type CivilDate } from "../../values/dates";

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
  *pieces(table, context) {
    const { asOf } = context.facts;
    const { acquired } = yield* lotFactsPieces(table, context.facts);
    yield* rowSpans(table.lotRows.length, (from, to) => reportFuture(table, acquired, asOf, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` acquired after the as-of date. */
function reportFuture(table: InventoryTable, acquired: Float64Array, asOf: CivilDate, context: RuleContext, from: number, to: number): void {
  const asOfDays = epochDays(asOf);
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    if (!(acquired[i] > asOfDays)) continue;
    context.report({
      row,
      col: table.columns.acquired,
      messageId: "future",
      data: { lot: lotLabel(table, row), acquired: formatEpochDays(acquired[i]), asOf: formatIsoDate(asOf) },
    });
  }
}
