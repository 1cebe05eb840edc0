import { numberFormatAt } from "../../grid";
import { cellTextAt, lotLabel } from "../../inventory/lots";
import { defineRule, type RuleContext } from "../../rule";
import type { InventoryTable } from "../../tables/types";
import { rowSpans } from "../../row-spans";
import { isPlainNumber, readNumber } from "../../values/cell-readers";
import { labelKey } from "../../values/text";

// Lengths, areas and weights come in fractions (149.5 ㎞ of fibre); devices, sets and lines do not.
const MEASURED_UNITS = new Set(["㎞", "km", "m", "㎡", "m2", "㎥", "m3", "kg", "t", "ℓ", "l"].map(labelKey));

export default defineRule({
  id: "inventory/bad-quantity",
  severity: "error",
  scope: "row",
  appliesTo: ["inventory"],
  description: {
    ko: "수량이 양의 정수인지 확인합니다 (㎞ 같은 측정 단위는 소수 허용).",
    en: "Quantity is a positive whole number (fractions allowed for measured units such as km).",
  },
  messages: {
    missing: { ko: "{lot}: 수량이 없습니다.", en: "{lot}: no quantity." },
    notPositive: { ko: "{lot}: 수량 {quantity}{은/는} 0보다 커야 합니다.", en: "{lot}: quantity {quantity} must be above zero." },
    notWhole: {
      ko: "{lot}: 수량 {quantity}{이/가} 정수가 아닙니다 (단위 {unit}).",
      en: "{lot}: quantity {quantity} is not a whole number (unit {unit}).",
    },
  },
  *pieces(table, context) {
    const col = table.columns.quantity;
    if (col === undefined) return;
    yield* rowSpans(table.lotRows.length, (from, to) => checkQuantities(table, col, context, from, to));
  },
});

/** Checks the quantities of lots `from` to `to - 1`. */
function checkQuantities(table: InventoryTable, col: number, context: RuleContext, from: number, to: number): void {
  const { grid } = table;
  for (let i = from; i < to; i++) {
    const row = table.lotRows[i];
    // Most quantities are plain positive whole numbers: those pass without a reading or a label.
    const value = grid.values[row][col];
    let quantity: number;
    if (isPlainNumber(value)) quantity = value;
    else {
      const reading = readNumber(value, numberFormatAt(grid, row, col));
      if (reading.kind === "blank") {
        context.report({ row, col, messageId: "missing", data: { lot: lotLabel(table, row) } });
        continue;
      }
      if (reading.kind !== "number" && reading.kind !== "text-number") continue;
      quantity = reading.value;
    }
    if (quantity > 0 && Number.isInteger(quantity)) continue;
    const lot = lotLabel(table, row);
    const unit = cellTextAt(table, row, "unit");
    if (quantity <= 0) context.report({ row, col, messageId: "notPositive", data: { lot, quantity } });
    else if (!MEASURED_UNITS.has(labelKey(unit))) {
      context.report({ row, col, messageId: "notWhole", data: { lot, quantity, unit: unit || "-" } });
    }
  }
}
