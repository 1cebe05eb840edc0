/**
 * A rectangle of cells as a host hands it to the core: the shape Office.js uses (row-major 2D arrays of
 * values, number formats and formulas), so both adapters translate into it without deciding anything.
 */
import type { CellRect } from "./address";

/** An Excel error value such as `#DIV/0!`, `#N/A`, `#REF!`. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's calculated value. Dates arrive as Excel serial numbers (1900 date system) with a date number
 * format, as Office.js gives them; text is any string; `null` is an empty cell.
 */
export type CellValue = number | string | boolean | null | CellError;

export interface Grid {
  /** The defined name this grid was read for, as the workbook spells it. */
  readonly name: string;
  readonly sheet: string;
  /** Zero-based sheet row and column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  /**
   * `values[r][c]`; every row has the same length. As the workbook stores them, from the adapters: of a merged
   * area only the top-left cell holds a value, until `spreadMergedLabels` (grid-merges.ts) says what it means.
   */
  readonly values: CellValue[][];
  /** Number formats, same shape as values; `"General"` where none is set. May be omitted for speed. */
  readonly numberFormats?: string[][];
  /** Formulas with their leading `=`, or `null` where the cell holds a constant. */
  readonly formulas?: (string | null)[][];
  /** Merged areas that reach into the grid, in grid coordinates, ordered by their top row, then left column. */
  readonly merges?: readonly MergedArea[];
  /** The grid row of an Excel table's totals row (the read plan says which): a total row, whatever its label. */
  readonly totalsRow?: number;
  /** Cells with an indent (Excel's "Increase Indent"), in grid coordinates, ordered by row then column. */
  readonly indents?: readonly CellIndent[];
  /** Cells or merged areas of the grid's sheet past Excel's last row or column, which no grid can hold. */
  readonly beyondLimits?: BeyondLimits;
  /**
   * The sheet row of each grid row, ascending, when the grid leaves runs of empty rows out (a sparse read of a
   * whole-sheet name with one far cell, `grid-axes.ts`); absent when the rows follow one another from `top`.
   */
  readonly sheetRows?: readonly number[];
  /** The same for columns, from `left`. */
  readonly sheetCols?: readonly number[];
}

/** What a sheet holds past Excel's last row or column: the first such reference as the file writes it, and how many. */
export interface BeyondLimits {
  readonly first: string;
  readonly count: number;
}

/** A cell's indent level as Excel stores it (`alignment/@indent`, Office.js `format.indentLevel`), when above 0. */
export interface CellIndent {
  readonly row: number;
  readonly col: number;
  readonly level: number;
}

/** A cell's value and number format, as stored. */
export interface StoredCell {
  readonly value: CellValue;
  readonly numberFormat: string;
}

/**
 * A merged area reaching into a grid. It may start above or left of the grid; its top-left cell, which holds
 * the area's value, then comes along as `topLeft`.
 */
export interface MergedArea extends CellRect {
  readonly topLeft?: StoredCell;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

export function gridColumnCount(grid: Grid): number {
  return grid.values.length === 0 ? 0 : grid.values[0].length;
}

export function numberFormatAt(grid: Grid, row: number, col: number): string {
  return grid.numberFormats?.[row]?.[col] ?? "General";
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const formula = grid.formulas?.[row]?.[col];
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}
