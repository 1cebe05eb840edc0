import { cellTextAt, lotLabel, numberAt } from "../../inventory/lots";
import { defineRule } from "../../rule";
import { labelKey } from "../../values/text";

// Lengths, areas and weights come in fractions (149.5 ㎞ of fibre); devices, sets and lines do not.
const MEASURED_UNITS = new Set(["㎞", "km", "m", "㎡", "m2", "㎥", "m3", "kg", "t", "ℓ", "l"].map(labelKey));

export default defineRule({
  id: "inventory/bad-quantity",
  severity: "error",
  appliesTo: ["inventory"],
  description: {
    ko: "수량이 양의 정수인지 확인합니다 (㎞ 같은 측정 단위는 소수 허용).",
    en: "Quantity is a positive whole number (fractions allowed for measured units such as km).",
  },
  messages: {
    missing: { ko: "{lot}: 수량이 없습니다", en: "{lot}: no quantity" },
    notPositive: { ko: "{lot}: 수량 {quantity}은(는) 0보다 커야 합니다", en: "{lot}: quantity {quantity} must be above zero" },
    notWhole: {
      ko: "{lot}: 수량 {quantity}이(가) 정수가 아닙니다 (단위 {unit})",
      en: "{lot}: quantity {quantity} is not a whole number (unit {unit})",
    },
  },
  check(table, context) {
    const col = table.columns.quantity;
    if (col === undefined) return;
    for (const row of table.lotRows) {
      const reading = numberAt(table, row, "quantity")!;
      const lot = lotLabel(table, row);
      if (reading.kind === "blank") {
        context.report({ row, col, messageId: "missing", data: { lot } });
        continue;
      }
      if (reading.kind !== "number" && reading.kind !== "text-number") continue;
      const quantity = reading.value;
      const unit = cellTextAt(table, row, "unit");
      if (quantity <= 0) context.report({ row, col, messageId: "notPositive", data: { lot, quantity } });
      else if (!Number.isInteger(quantity) && !MEASURED_UNITS.has(labelKey(unit))) {
        context.report({ row, col, messageId: "notWhole", data: { lot, quantity, unit: unit || "-" } });
      }
    }
  },
});
