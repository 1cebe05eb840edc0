import type { CellPosition } from "../../address";
import { cellsSummedBy } from "../../formulas/coverage";
import { formulaAt } from "../../grid";
import { cellAddress } from "../../grid-axes";
import { defineRule } from "../../rule";

const key = (p: CellPosition) => `${p.row}:${p.col}`;

/** Compares a formula's cells with a list of parts; the parts' keys are made once per shared list. */
function sameCells(covered: ReadonlySet<string>, parts: readonly CellPosition[], keysOf: (p: readonly CellPosition[]) => ReadonlySet<string>): boolean {
  const wanted = keysOf(parts);
  return covered.size === wanted.size && [...covered].every((k) => wanted.has(k));
}

export default defineRule({
  id: "table/formula-range",
  severity: "warning",
  scope: "table",
  appliesTo: ["budget", "staff", "table"],
  description: {
    ko: "합계 셀의 SUM 수식이 더해야 할 항목 셀을 정확히 덮는지 확인합니다.",
    en: "A total cell's SUM covers exactly the detail cells it totals.",
  },
  messages: {
    range: {
      ko: "합계 수식 {formula}의 범위가 항목과 다릅니다 (빠진 셀: {missing}; 더 들어간 셀: {extra}).",
      en: "The total's formula {formula} does not cover its items (left out: {missing}; extra: {extra}).",
    },
  },
  check(table, context) {
    const { grid } = table;
    const address = (p: CellPosition) => cellAddress(grid, p.row, p.col);
    const list = (cells: CellPosition[]) =>
      cells.length === 0 ? "-" : cells.slice(0, 5).map(address).join(", ") + (cells.length > 5 ? ", …" : "");
    const keySets = new Map<readonly CellPosition[], ReadonlySet<string>>();
    const keysOf = (parts: readonly CellPosition[]) => {
      let keys = keySets.get(parts);
      if (!keys) keySets.set(parts, (keys = new Set(parts.map(key))));
      return keys;
    };
    for (const total of table.totals) {
      const formula = formulaAt(grid, total.row, total.col);
      if (!formula) continue;
      const covered = cellsSummedBy(formula, grid);
      if (!covered) continue;
      const coveredKeys = new Set(covered.map(key));
      if (sameCells(coveredKeys, total.parts, keysOf)) continue;
      if (total.partsViaSubtotals && sameCells(coveredKeys, total.partsViaSubtotals, keysOf)) continue;
      const partKeys = keysOf(total.parts);
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
