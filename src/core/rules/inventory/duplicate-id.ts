import { cellAddress } from "../../grid-axes";
import { firstOfSameKey } from "../../inventory/duplicates";
import { cellTextAt } from "../../inventory/lots";
import { defineRule } from "../../rule";

export default defineRule({
  id: "inventory/duplicate-id",
  severity: "error",
  scope: "table",
  appliesTo: ["inventory"],
  description: { ko: "관리번호가 두 번 이상 나오는지 확인합니다.", en: "The same asset ID appears more than once." },
  messages: {
    duplicate: {
      ko: "관리번호 {id}{이/가} 중복됩니다 (처음 나온 곳 {first}).",
      en: "Asset ID {id} appears again (first at {first}).",
    },
  },
  check(table, context) {
    const col = table.columns.id;
    if (col === undefined) return;
    const ids = table.lotRows.map((row) => cellTextAt(table, row, "id"));
    const first = firstOfSameKey(ids);
    table.lotRows.forEach((row, i) => {
      if (first[i] < 0) return;
      const firstCell = cellAddress(table.grid, table.lotRows[first[i]], col);
      context.report({ row, col, messageId: "duplicate", data: { id: ids[i], first: firstCell } });
    });
  },
});
