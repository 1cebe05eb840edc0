/**
 * From what Office.js returns to the Grid the core reads, exactly as the .xlsx reader builds it: errors as
 * `{ error }`, an empty cell as null, formulas only where the cell holds one, each cell as stored (of a merged
 * area only the top-left cell holds a value), the merged areas reaching into the grid, and the indented cells
 * holding a value.
 */
import type { CellRect } from "../../core/address";
import type { CellIndent, CellValue, Grid, StoredCell } from "../../core/grid";
import { PIECE_ROWS, type Pieces } from "../../core/pieces";
import { rowSpans } from "../../core/row-spans";
import { mergesInGrid } from "../merges-in-grid";
import type { RangeRequest } from "../port";
import type { Area, Block } from "./blocks";
import { indentKey, type IndentLevels } from "./indents";

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

/** The grid of one request, pausing every `PIECE_ROWS` rows made (core/pieces.ts): a pane's read is paced. */
export function* assembleGrid(
  request: RangeRequest,
  region: Area,
  blocks: readonly BlockData[],
  topLeftOutside: (row: number, col: number) => StoredCell | undefined,
  levels: IndentLevels,
): Pieces<Grid> {
  const { rect } = request;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  let budget = PIECE_ROWS;
  for (const read of blocks) {
    for (let from = 0; from < read.block.rows; ) {
      const to = Math.min(read.block.rows, from + budget);
      assembleRows(read, from, to, read.block.top - region.top, { values, numberFormats, formulas });
      budget -= to - from;
      from = to;
      if (budget === 0) {
        budget = PIECE_ROWS;
        yield;
      }
    }
  }
  const indents = yield* indentedCells(values, formulas, region, levels);
  const grid = { name: request.name, sheet: rect.sheet, top: rect.top, left: rect.left, values, numberFormats, formulas, ...(indents.length > 0 && { indents }) };
  if (region.rows === 0) return grid;
  const sheetRegion = { top: region.top, left: region.left, bottom: region.top + region.rows - 1, right: region.left + region.cols - 1 };
  return { ...grid, merges: mergesInGrid(blocks.flatMap((b) => b.merges), sheetRegion, topLeftOutside) };
}

/**
 * Rows `from` to before `to` of a block, into the grid's rows from `first` (the block's first row in the grid);
 * in a plain function, as V8 optimizes a long loop inside a generator poorly.
 */
function assembleRows(
  read: BlockData,
  from: number,
  to: number,
  first: number,
  grid: { values: CellValue[][]; numberFormats: string[][]; formulas: (string | null)[][] },
): void {
  for (let r = from; r < to; r++) {
    grid.values[first + r] = read.values[r].map((v, c) => cellValue(v, read.valueTypes[r][c]));
    grid.numberFormats[first + r] = read.numberFormats[r].map((f) => (typeof f === "string" && f !== "" ? f : "General"));
    grid.formulas[first + r] = read.formulas[r].map((f, c) => cellFormula(f, read.values[r][c], read.valueTypes[r][c]));
  }
}

/** The grid's indented cells holding a value, by row then column, as the .xlsx reader lists them. */
function* indentedCells(values: readonly CellValue[][], formulas: readonly (string | null)[][], region: Area, levels: IndentLevels): Pieces<CellIndent[]> {
  const cells: CellIndent[] = [];
  // Most grids have no indent at all: their cells are not visited.
  if (levels.size === 0) return cells;
  const indentedIn = (from: number, to: number) => {
    for (let r = from; r < to; r++) {
      values[r].forEach((value, c) => {
        const level = levels.get(indentKey(region.top + r, region.left + c));
        if (level !== undefined && (value !== null || formulas[r][c] !== null)) cells.push({ row: r, col: c, level });
      });
    }
  };
  yield* rowSpans(values.length, indentedIn);
  return cells;
}
