import type { Grid } from "../grid";
import { isTotalCell, words } from "./headers";
import { findHeader, isBlankRow } from "./locate";
import { frameBelowHeader, type InventoryRole, type InventoryTable, type TypedColumn, type UnrecognizedTable } from "./types";

const MATCHERS: Record<InventoryRole, (key: string) => boolean> = {
  id: words("관리번호", "자산번호", "ID", "Asset ID"),
  category: words("분류", "품목", "Category"),
  description: words("품명", "Description", "Name"),
  quantity: words("수량", "Qty", "Quantity"),
  unit: words("단위", "Unit"),
  acquired: words("취득일", "도입일", "취득일자", "도입일자", "Acquired"),
  life: words("내용연수", "Life", "Useful life"),
  unitCost: words("단가", "Unit cost"),
  status: words("상태", "Status"),
  team: words("관리부서", "담당팀", "Team"),
};

export const INVENTORY_REQUIRED_WORDS = ["분류/품목 (Category)", "취득일/도입일 (Acquired)"];

export function parseInventory(name: string, grid: Grid): InventoryTable | UnrecognizedTable {
  const header = findHeader(grid, MATCHERS, ["category", "acquired"]);
  if (!header) return { kind: "unrecognized", name, grid, intended: "inventory", missing: INVENTORY_REQUIRED_WORDS };
  const c = header.columns;
  const lotRows: number[] = [];
  const labelCols = [c.id, c.category, c.description].filter((x): x is number => x !== undefined);
  for (let row = header.row + 1; row < grid.values.length; row++) {
    if (isBlankRow(grid, row)) continue;
    // A 계 row under a register sums quantities; it is not a lot.
    if (labelCols.some((col) => isTotalCell(grid.values[row][col]))) continue;
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
