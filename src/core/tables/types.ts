import type { CellPosition } from "../address";
import type { Grid } from "../grid";
import type { LocalizedText } from "../messages";
import type { TableUnit } from "../units/money-unit";

/**
 * The shapes tables are read into. A kind's own table type lives here when modules below the kind registry
 * (facts, inventory lots, summary figures) read it; otherwise in its kind file (`src/core/kinds/`).
 */

/** A column the core reads as numbers or dates; the cell rules check every cell of it in the data rows. */
export interface TypedColumn {
  readonly col: number;
  readonly type: "number" | "rate" | "date";
}

/** "This cell states the total of those cells": the shape every total check and formula check shares. */
export interface TotalRelation {
  readonly row: number;
  readonly col: number;
  readonly direction: "down" | "across";
  readonly subtotal: boolean;
  /** The detail cells the total sums. */
  readonly parts: readonly CellPosition[];
  /** The same total written over subtotals and the details outside any subtotal, as people often do. */
  readonly partsViaSubtotals?: readonly CellPosition[];
  /** Header text of the column (down) or label of the row (across) the total belongs to. */
  readonly label: string;
  /** Set when the total is a program row of a budget with levels, stating the sum of the programs below it. */
  readonly program?: ProgramTotal;
}

/** A program row as its total names it: "단위사업 정보화 교육 … ≠ 세부사업 합". */
export interface ProgramTotal {
  readonly name: string;
  readonly level: number;
  /** The level of the rows it sums: the next one down, unless the table skips a level under it. */
  readonly childLevel: number;
}

/** Where a table sits in its grid: its name, its (last) header row and the data rows below. */
export interface TableFrame {
  readonly name: string;
  readonly grid: Grid;
  /** Grid row of the (last) header row. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

/** A table whose data runs from just under its header to the end of its range. */
export function frameBelowHeader(name: string, grid: Grid, headerRow: number): TableFrame {
  return { name, grid, headerRow, firstDataRow: headerRow + 1, lastDataRow: grid.values.length - 1 };
}

export interface TableBase extends TableFrame {
  readonly typedColumns: readonly TypedColumn[];
  readonly totals: readonly TotalRelation[];
  /** Set on a table found without a name (`core/detect/`): where it is announced, and the name to define. */
  readonly detected?: DetectedFrom;
}

export interface DetectedFrom {
  /** Grid row and column of the table's first header cell. */
  readonly row: number;
  readonly col: number;
  /** The defined name that would make the table official (`장비`, `Inventory`). */
  readonly defineAs: string;
}

/** `parent`: a program row of a budget with levels (정책사업 > 단위사업 > 세부사업) that totals the rows below it. */
export type RowKind = "detail" | "subtotal" | "total" | "parent";

export interface TableRow {
  readonly row: number;
  readonly kind: RowKind;
  readonly label: string;
  /** In a budget with program levels: 0 for the top level, 1 for the one below, …; absent in a table without. */
  readonly level?: number;
}

/** The funding sources a budget splits into, in the order the summary lists them. */
export const FUNDING_SOURCES = ["national", "province", "city", "district", "specialGrant", "fund", "own"] as const;

export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface BudgetTable extends TableBase {
  readonly kind: "budget";
  readonly itemCol: number;
  readonly budgetCol?: number;
  readonly executedCol?: number;
  readonly rateCol?: number;
  readonly sourceCols: readonly { readonly col: number; readonly source: FundingSource }[];
  readonly executedSourceCols: readonly { readonly col: number; readonly source: FundingSource }[];
  /** Every column totalled down: budget, executed, remaining, sources, periods, a cross-foot total. */
  readonly amountCols: readonly number[];
  readonly rows: readonly TableRow[];
  readonly headers: readonly string[];
  /** The unit of every amount column. */
  readonly unit: TableUnit;
  /** In a budget with program levels, the level words top first (`["정책사업", "단위사업", "세부사업"]`). */
  readonly levelNames?: readonly string[];
}

/** A stated 과부족 (current − authorized) or 결원 (vacancies: authorized − current) and the counts it comes from. */
export interface StaffDifference {
  readonly authorized: CellPosition;
  readonly current: CellPosition;
  readonly difference: CellPosition;
  readonly stated: "difference" | "vacancy";
}

/** One series and grade's headcounts (a detail row of the long layout, a grade column of the wide one). */
export interface StaffLine {
  readonly series: string;
  /** The 직류 within the series, where the table has that column. */
  readonly subSeries: string;
  readonly grade: string;
  readonly authorized: CellPosition;
  readonly current: CellPosition;
}

export interface StaffTable extends TableBase {
  readonly kind: "staff";
  readonly layout: "long" | "wide";
  readonly differences: readonly StaffDifference[];
  readonly lines: readonly StaffLine[];
}

export interface InventoryTable extends TableBase {
  readonly kind: "inventory";
  readonly columns: Readonly<Partial<Record<InventoryRole, number>>>;
  /** Grid rows holding lots (blank and total rows left out). */
  readonly lotRows: readonly number[];
  /** Columns some check needs that the header lacks: those checks are skipped, `table/missing-column` says so. */
  readonly missingColumns: readonly MissingColumn[];
  /** The unit of the unit costs; null for a register without them. */
  readonly unit: TableUnit | null;
}

export type InventoryRole =
  | "id"
  | "category"
  | "itemCode"
  | "description"
  | "spec"
  | "quantity"
  | "unit"
  | "acquired"
  | "life"
  | "unitCost"
  | "amount"
  | "status"
  | "team";

/** A column a check cannot do without, missing from a table's header. */
export interface MissingColumn {
  /** The header looked for, as the forms write it. */
  readonly header: string;
  /** Every header word that would have served. */
  readonly accepted: readonly string[];
  /** What could not be checked without it. */
  readonly purpose: LocalizedText;
}

export interface UsefulLifeTable extends TableBase {
  readonly kind: "usefulLife";
  readonly categoryCol: number;
  readonly lifeCol: number;
}

export interface AsOfCell extends TableBase {
  readonly kind: "asOf";
}
