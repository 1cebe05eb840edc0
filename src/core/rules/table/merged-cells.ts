import { isCellError } from "../../grid";
import { cellAddress } from "../../grid-axes";
import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";

export default defineRule({
  id: "table/merged-cells",
  severity: "warning",
  scope: "table",
  appliesTo: TABLE_KINDS,
  description: {
    ko: "데이터 행에서 숫자가 든 병합 셀을 찾습니다. Excel처럼 첫 셀에만 있는 값으로 계산합니다.",
    en: "Merged cells holding a number in the data rows: counted once, in the first cell, as Excel does.",
  },
  messages: {
    merged: {
      ko: "병합된 셀 {area}의 숫자 {value}{은/는} 첫 셀 {first}에만 있는 것으로 계산합니다. 행마다 값을 따로 적으십시오.",
      en: "The merged cells {area} hold {value}, counted once in {first}; give each row its own value.",
    },
  },
  check(table, context) {
    const { grid } = table;
    const typed = new Set(table.typedColumns.map((c) => c.col));
    const at = (row: number, col: number) => cellAddress(grid, row, col);
    for (const area of grid.merges ?? []) {
      if (area.top === area.bottom && area.left === area.right) continue;
      if (area.top < table.firstDataRow || area.top > table.lastDataRow || area.top < 0 || area.left < 0) continue;
      let coversTyped = false;
      for (let col = area.left; col <= area.right; col++) if (typed.has(col)) coversTyped = true;
      const value = grid.values[area.top]?.[area.left];
      if (!coversTyped || value === null || value === undefined || typeof value === "string" || isCellError(value)) continue;
      context.report({
        row: area.top,
        col: area.left,
        messageId: "merged",
        data: { area: `${at(area.top, area.left)}:${at(area.bottom, area.right)}`, value: Number(value), first: at(area.top, area.left) },
      });
    }
  },
});
