import type { Grid } from "../grid";
import { replacementSection } from "../summary/sections/replacement";
import { isTotalCell } from "../tables/headers";
import { columnMatchers, findHeader, isBlankRow } from "../tables/locate";
import { frameBelowHeader, type InventoryRole, type InventoryTable, type TypedColumn } from "../tables/types";
import { defineKind } from "./kind";

const WORDS: Readonly<Record<InventoryRole, readonly string[]>> = {
  id: ["관리번호", "자산번호", "ID", "Asset ID"],
  category: ["분류", "품목", "Category"],
  description: ["품명", "Description", "Name"],
  quantity: ["수량", "Qty", "Quantity"],
  unit: ["단위", "Unit"],
  acquired: ["취득일", "도입일", "취득일자", "도입일자", "Acquired"],
  life: ["내용연수", "Life", "Useful life"],
  unitCost: ["단가", "Unit cost"],
  status: ["상태", "Status"],
  team: ["관리부서", "담당팀", "Team"],
};

const MATCHERS = columnMatchers(WORDS);

/** A register: one lot per row under the header. */
function parseInventory(name: string, grid: Grid): InventoryTable | null {
  const header = findHeader(grid, MATCHERS, ["category", "acquired"]);
  if (!header) return null;
  const c = header.columns;
  const lotRows: number[] = [];
  const labelCols = [c.id, c.category, c.description].filter((x): x is number => x !== undefined);
  for (let row = header.row + 1; row < grid.values.length; row++) {
    if (isBlankRow(grid, row)) continue;
    // A 계 row under a register (or a table's totals row) sums quantities; it is not a lot.
    if (row === grid.totalsRow || labelCols.some((col) => isTotalCell(grid.values[row][col]))) continue;
    lotRows.push(row);
  }
  const typedColumns: TypedColumn[] = [
    ...[c.quantity, c.life, c.unitCost].filter((x): x is number => x !== undefined).map((col) => ({ col, type: "number" as const })),
    { col: c.acquired!, type: "date" },
  ];
  return {
    kind: "inventory",
    ...frameBelowHeader(name, grid, header.row),
    typedColumns,
    totals: [],
    columns: c,
    lotRows,
  };
}

export default defineKind({
  id: "inventory",
  names: { exact: ["Inventory", "Assets", "장비", "자산"], prefixes: ["Inventory_", "Assets_", "장비_", "자산_"] },
  header: { words: WORDS, needed: ["분류/품목 (Category)", "취득일/도입일 (Acquired)"] },
  parse: parseInventory,
  labels: {
    caption: { ko: "장비", en: "Inventory" },
    qualifier: { ko: "장비", en: "inventory" },
  },
  summary: replacementSection,
});
