import { lotLabel, statedNumberAt } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";
import { roundSum } from "../../tables/amounts";
import { unitSuffix } from "../../units/money-unit";
import { transpositionHint } from "../support/transposition";

export default defineRule({
  id: "inventory/amount-mismatch",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: {
    ko: "취득금액이 취득단가 × 수량과 같은지 확인합니다 (세 값이 모두 적힌 행).",
    en: "The acquisition amount equals unit cost × quantity, where a row states all three.",
  },
  messages: {
    mismatch: {
      ko: "{lot}: 취득금액 {amount} ≠ 취득단가 {unitCost} × 수량 {quantity} = {expected} (차이 {difference}{unit}{hint}).",
      en: "{lot}: amount {amount} ≠ unit cost {unitCost} × quantity {quantity} = {expected} (difference {difference}{unit}{hint}).",
    },
  },
  *pieces(table, context) {
    const { amount: col, unitCost: unitCostCol, quantity: quantityCol } = table.columns;
    if (col === undefined || unitCostCol === undefined || quantityCol === undefined) return;
    const unit = unitSuffix(table.unit, context.lang);
    yield* rowSpans(table.lotRows.length, (from, to) => reportMismatches(table, col, unit, context, from, to));
  },
});

/** Reports lots `from` to `to - 1` whose amount is not unit cost × quantity. */
function reportMismatches(table: InventoryTable, col: number, unit: string, context: RuleContext, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    const amount = statedNumberAt(table, row, "amount");
    const unitCost = statedNumberAt(table, row, "unitCost");
    const quantity = statedNumberAt(table, row, "quantity");
    if (amount === null || unitCost === null || quantity === null) continue;
    const expected = roundSum(unitCost * quantity);
    const difference = roundSum(amount - expected);
    if (Math.abs(difference) <= context.options.tolerance) continue;
    context.report({
      row,
      col,
      messageId: "mismatch",
      data: {
        lot: lotLabel(table, row),
        amount,
        unitCost,
        quantity,
        expected,
        difference: Math.abs(difference),
        unit,
        hint: transpositionHint(difference, context.lang),
      },
    });
  }
}
