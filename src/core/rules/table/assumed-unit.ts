import { defineRule } from "../../rule";
import { UNIT_NAMES } from "../../units/money-unit";

export default defineRule({
  id: "table/assumed-unit",
  severity: "info",
  appliesTo: ["budget", "inventory"],
  description: {
    ko: "금액이 있는 표가 단위를 밝히지 않아 천원으로 보았음을 알립니다.",
    en: "A table of amounts states no money unit, so thousand KRW was assumed.",
  },
  messages: {
    assumed: {
      ko: "금액 단위가 적혀 있지 않아 {unit}으로 보았습니다. 머리글에 (원)·(천원)·(백만원)을 붙이거나 표 위에 (단위: 원) 같은 줄을 적으십시오",
      en: "No money unit is stated, so amounts are taken as {unit}. Add (원), (천원) or (백만원) to the header, or a line such as (단위: 원) above the table",
    },
  },
  check(table, context) {
    if (table.unit?.source !== "assumed") return;
    // At the header of the first amount column, where the unit would be written.
    const col = table.kind === "budget" ? (table.budgetCol ?? table.amountCols[0]) : table.columns.unitCost;
    context.report({ row: table.headerRow, col: col ?? 0, messageId: "assumed", data: { unit: UNIT_NAMES[table.unit.unit][context.lang] } });
  },
});
