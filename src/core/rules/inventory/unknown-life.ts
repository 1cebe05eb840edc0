import { cellTextAt, LIFE_INVALID, LIFE_UNKNOWN, lotFactsPieces, lotLabel, type LotFacts } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";

export default defineRule({
  id: "inventory/unknown-life",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: {
    ko: "내용연수가 행에도 내용연수 표에도 없는 장비를 찾습니다.",
    en: "No useful life in the row nor in the UsefulLife table for its category.",
  },
  messages: {
    unknown: {
      ko: "{lot}: 분류 '{category}'의 내용연수가 행에도 내용연수(UsefulLife) 표에도 없습니다.",
      en: "{lot}: no useful life for category '{category}' in the row or the UsefulLife table.",
    },
    invalid: {
      ko: "{lot}: 내용연수 {years}년은 쓸 수 없습니다 (0보다 커야 합니다).",
      en: "{lot}: a useful life of {years} years cannot be used (must be above zero).",
    },
  },
  *pieces(table, context) {
    const col = table.columns.life ?? table.columns.category;
    // With neither column there is no life to look for: table/missing-column says so once.
    if (col === undefined) return;
    const lots = yield* lotFactsPieces(table, context.facts);
    yield* rowSpans(table.lotRows.length, (from, to) => reportUnknown(table, col, lots, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` with no usable life. */
function reportUnknown(table: InventoryTable, col: number, { lifeState, outOfPlan, statedLife }: LotFacts, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    if (outOfPlan[i]) continue;
    if (lifeState[i] === LIFE_UNKNOWN) {
      const category = cellTextAt(table, row, "category");
      context.report({ row, col, messageId: "unknown", data: { lot: lotLabel(table, row), category } });
    } else if (lifeState[i] === LIFE_INVALID) {
      context.report({ row, col, messageId: "invalid", data: { lot: lotLabel(table, row), years: statedLife[i] } });
    }
  }
}
