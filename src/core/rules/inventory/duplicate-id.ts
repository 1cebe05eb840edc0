import { a1 } from "../../address";
import { cellTextAt } from "../../inventory/lots";
import { defineRule } from "../../rule";
import { labelKey } from "../../values/text";

export default defineRule({
  id: "inventory/duplicate-id",
  severity: "error",
  appliesTo: ["inventory"],
  description: { ko: "관리번호가 두 번 이상 나오는지 확인합니다.", en: "The same asset ID appears more than once." },
  messages: {
    duplicate: {
      ko: "관리번호 {id}이(가) 중복됩니다 (처음 나온 곳 {first})",
      en: "Asset ID {id} appears again (first at {first})",
    },
  },
  check(table, context) {
    const col = table.columns.id;
    if (col === undefined) return;
    const seen = new Map<string, number>();
    for (const row of table.lotRows) {
      const id = cellTextAt(table, row, "id");
      const key = labelKey(id);
      if (key === "") continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row);
      else {
        const firstCell = a1(table.grid.top + first, table.grid.left + col);
        context.report({ row, col, messageId: "duplicate", data: { id, first: firstCell } });
      }
    }
  },
});
