/**
 * From what Office.js returns to the Grid the core reads, exactly as the .xlsx reader builds it: errors as
 * `{ error }`, an empty cell as null, formulas only where the cell holds one, each cell as stored (of a merged
 * area only the top-left cell holds a value) and the merged areas reaching into the grid.
 */
import type { CellRect } from "../../core/address";
import type { CellValue, Grid, StoredCell } from "../../core/grid";
import { mergesInGrid } from "../merges-in-grid";
import type { RangeRequest } from "../port";
import type { Area, Block } from "./blocks";

/** One block as read. */
export interface BlockData {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  /** Merged areas touching the block. */
  readonly merges: readonly CellRect[];
}

/** A cell's value by its `valueTypes` entry: the type tells an error value from text that reads `#N/A`. */
export function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "String":
      return String(value);
    default:
      return typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value !== "") ? value : null;
  }
}

/**
 * `Range.formulas` gives a constant back in place of a formula, so text that starts with `=` reads the same
 * in both arrays: only a formula differs from the value it shows, or shows a non-text value.
 */
export function cellFormula(formula: unknown, value: unknown, type: string): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return type === "String" && formula === value ? null : formula;
}

export function assembleGrid(
  request: RangeRequest,
  region: Area,
  blocks: readonly BlockData[],
  topLeftOutside: (row: number, col: number) => StoredCell | undefined,
): Grid {
  const { rect } = request;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (const { block, ...read } of blocks) {
    for (let r = 0; r < block.rows; r++) {
      const row = block.top - region.top + r;
      values[row] = read.values[r].map((v, c) => cellValue(v, read.valueTypes[r][c]));
      numberFormats[row] = read.numberFormats[r].map((f) => (typeof f === "string" && f !== "" ? f : "General"));
      formulas[row] = read.formulas[r].map((f, c) => cellFormula(f, read.values[r][c], read.valueTypes[r][c]));
    }
  }
  const grid = { name: request.name, sheet: rect.sheet, top: rect.top, left: rect.left, values, numberFormats, formulas };
  if (region.rows === 0) return grid;
  const sheetRegion = { top: region.top, left: region.left, bottom: region.top + region.rows - 1, right: region.left + region.cols - 1 };
  return { ...grid, merges: mergesInGrid(blocks.flatMap((b) => b.merges), sheetRegion, topLeftOutside) };
}
