import { a1, type CellPosition } from "../../address";
import { cellsSummedBy } from "../../formulas/coverage";
import { formulaAt } from "../../grid";
import { defineRule } from "../../rule";

const key = (p: CellPosition) => `${p.row}:${p.col}`;

function sameCells(a: readonly CellPosition[], b: readonly CellPosition[]): boolean {
  const setA = new Set(a.map(key));
  const setB = new Set(b.map(key));
  return setA.size === setB.size && [...setA].every((k) => setB.has(k));
}

export default defineRule({
  id: "table/formula-range",
  severity: "warning",
  appliesTo: ["budget", "staff", "table"],
  description: {
    ko: "합계 셀의 SUM 수식이 더해야 할 항목 셀을 정확히 덮는지 확인합니다.",
    en: "A total cell's SUM covers exactly the detail cells it totals.",
  },
  messages: {
    range: {
      ko: "합계 수식 {formula}의 범위가 항목과 다릅니다 (빠진 셀: {missing}; 더 들어간 셀: {extra})",
      en: "The total's formula {formula} does not cover its items (left out: {missing}; extra: {extra})",
    },
  },
  check(table, context) {
    const { grid } = table;
    const address = (p: CellPosition) => a1(grid.top + p.row, grid.left + p.col);
    const list = (cells: CellPosition[]) =>
      cells.length === 0 ? "-" : cells.slice(0, 5).map(address).join(", ") + (cells.length > 5 ? ", …" : "");
    for (const total of table.totals) {
      const formula = formulaAt(grid, total.row, total.col);
      if (!formula) continue;
      const covered = cellsSummedBy(formula, grid);
      if (!covered) continue;
      if (sameCells(covered, total.parts) || (total.partsViaSubtotals && sameCells(covered, total.partsViaSubtotals))) continue;
      const coveredKeys = new Set(covered.map(key));
      const partKeys = new Set(total.parts.map(key));
      const missing = total.parts.filter((p) => !coveredKeys.has(key(p)));
      const extra = covered.filter((p) => !partKeys.has(key(p)));
      context.report({
        row: total.row,
        col: total.col,
        messageId: "range",
        data: { formula, missing: list(missing), extra: list(extra) },
      });
    }
  },
});
