import type { Grid } from "../grid";
import { finish, type Pieces } from "../pieces";
import { rowSpans } from "../row-spans";
import { replacementSection } from "../summary/sections/replacement";
import { isTotalCell } from "../tables/headers";
import { columnMatchers, findHeader, isBlankRow } from "../tables/locate";
import { frameBelowHeader, type InventoryRole, type InventoryTable, type MissingColumn, type TypedColumn } from "../tables/types";
import { ASSUMED_UNIT, tableUnit, type TableUnit } from "../units/money-unit";
import { rowsUnderHeader } from "../tables/rows-under-header";
import { defineKind, type EditedRows } from "./kind";

/** A lot's category and life, words the UsefulLife table's columns share (`useful-life.ts`). */
export const CATEGORY_WORDS: readonly string[] = ["물품분류(번호)", "물품분류명", "분류", "품목", "Category"];
export const LIFE_WORDS: readonly string[] = ["내용연수", "Life", "Useful life"];

const WORDS: Readonly<Record<InventoryRole, readonly string[]>> = {
  // 물품관리번호 is the office's own number for a lot; 물품분류번호 and 물품식별번호 name the kind of item, not the lot.
  id: ["물품관리번호", "관리번호", "자산번호", "ID", "Asset ID"],
  category: CATEGORY_WORDS,
  itemCode: ["물품식별번호", "Item code"],
  description: ["품명", "Description", "Name"],
  spec: ["규격", "Specification", "Spec"],
  quantity: ["수량", "Qty", "Quantity"],
  unit: ["단위", "Unit"],
  acquired: ["취득일자", "취득일", "도입일자", "도입일", "Acquired"],
  life: LIFE_WORDS,
  unitCost: ["취득단가", "단가", "Unit cost"],
  amount: ["취득금액", "금액", "Amount"],
  status: ["운용상태", "상태", "Status"],
  team: ["운용부서", "사용부서", "관리부서", "담당팀", "Team"],
};

const MATCHERS = columnMatchers(WORDS);

/** The checks a register cannot run without a column, and the words that column is found by. */
function missingColumns(columns: InventoryTable["columns"]): MissingColumn[] {
  const missing: MissingColumn[] = [];
  const lack = (role: InventoryRole, purpose: MissingColumn["purpose"], accepted = WORDS[role]) =>
    missing.push({ header: WORDS[role][0], accepted, purpose });
  if (columns.id === undefined) lack("id", { ko: "관리번호 중복", en: "duplicate asset IDs" });
  if (columns.quantity === undefined) lack("quantity", { ko: "수량", en: "quantities" });
  // A life per row needs no category; a category finds its life in UsefulLife.
  if (columns.life === undefined && columns.category === undefined) {
    lack("life", { ko: "교체 예정일", en: "due dates" }, [...WORDS.life, ...WORDS.category]);
  }
  return missing;
}

/** The columns that name a lot, where a 계 label marks a total row. */
function labelColumns(c: InventoryTable["columns"]): number[] {
  return [c.id, c.category, c.itemCode, c.description].filter((x): x is number => x !== undefined);
}

function isLotRow(grid: Grid, row: number, labelCols: readonly number[]): boolean {
  // A 계 row under a register (or a table's totals row) sums quantities; it is not a lot.
  return !isBlankRow(grid, row) && row !== grid.totalsRow && !labelCols.some((col) => isTotalCell(grid.values[row][col]));
}

/**
 * The register with `rows` changed in `grid`: the same frame, columns and unit, as the header and the rows above
 * it are the same; null when a changed row is a lot now and was not, or the other way round.
 */
function inventoryRowsEdited(table: InventoryTable, grid: Grid, rows: readonly number[]): EditedRows<InventoryTable> | null {
  const labelCols = labelColumns(table.columns);
  if (rows.some((row) => isLotRow(table.grid, row, labelCols) !== isLotRow(grid, row, labelCols))) return null;
  const slice = rowsUnderHeader(grid, table.headerRow, rows);
  const lotRows: number[] = [];
  for (let row = table.headerRow + 1; row < slice.values.length; row++) if (isLotRow(slice, row, labelCols)) lotRows.push(row);
  return {
    table: { ...table, grid },
    rows: { ...table, ...frameBelowHeader(table.name, slice, table.headerRow), lotRows },
  };
}

/** The lot rows from `from` to before `to`, in a plain loop: V8 optimizes a long loop in a generator poorly. */
function pushLotRows(grid: Grid, from: number, to: number, labelCols: readonly number[], lotRows: number[]): void {
  for (let row = from; row < to; row++) if (isLotRow(grid, row, labelCols)) lotRows.push(row);
}

/** A register: one lot per row under the header; the acquisition date is what makes it one. */
function* parseInventory(name: string, grid: Grid, unit: TableUnit = ASSUMED_UNIT): Pieces<InventoryTable | null> {
  const header = findHeader(grid, MATCHERS, ["acquired"]);
  if (!header) return null;
  const c = header.columns;
  const costCols = [c.unitCost, c.amount].filter((col) => col !== undefined);
  const lotRows: number[] = [];
  const labelCols = labelColumns(c);
  const first = header.row + 1;
  yield* rowSpans(grid.values.length - first, (from, to) => pushLotRows(grid, first + from, first + to, labelCols, lotRows));
  const typedColumns: TypedColumn[] = [
    ...[c.quantity, c.life, c.unitCost, c.amount].filter((x): x is number => x !== undefined).map((col) => ({ col, type: "number" as const })),
    { col: c.acquired!, type: "date" },
  ];
  return {
    kind: "inventory",
    ...frameBelowHeader(name, grid, header.row),
    typedColumns,
    totals: [],
    columns: c,
    lotRows,
    missingColumns: missingColumns(c),
    unit: costCols.length === 0 ? null : tableUnit(grid, header.row, costCols, unit),
  };
}

export default defineKind({
  id: "inventory",
  names: { exact: ["Inventory", "Assets", "장비", "자산"], prefixes: ["Inventory_", "Assets_", "장비_", "자산_"] },
  header: { words: WORDS, needed: ["취득일자/취득일/도입일 (Acquired)"] },
  parse: (name, grid, unit) => finish(parseInventory(name, grid, unit)),
  parsePieces: parseInventory,
  rowsEdited: inventoryRowsEdited,
  labels: {
    caption: { ko: "장비", en: "Inventory" },
    qualifier: { ko: "장비", en: "inventory" },
  },
  summary: replacementSection,
});
