/**
 * What a merged area means to the checks. Excel keeps the area's value in its top-left cell only; a reader
 * sees a label across the whole area (a series name over its grades, a category down its rows), while a SUM
 * over the area counts a number once. So text spreads to every cell of the area, and a number, a boolean or
 * an error value stays in the top-left cell alone; every cell takes the top-left's number format, and only
 * the top-left cell keeps a formula.
 */
import { numberFormatAt, type Grid, type MergedArea, type StoredCell } from "./grid";

/** The grid as the checks read it; the grid itself when no merged area reaches into it. */
export function spreadMergedLabels(grid: Grid): Grid {
  if (grid.merges === undefined || grid.merges.length === 0 || grid.values.length === 0) return grid;
  const values = new RowsToWrite(grid.values);
  const numberFormats = grid.numberFormats && new RowsToWrite(grid.numberFormats);
  const formulas = grid.formulas && new RowsToWrite(grid.formulas);
  const width = grid.values[0].length;
  for (const area of grid.merges) {
    const topLeft = topLeftOf(grid, area);
    const spread = typeof topLeft.value === "string" ? topLeft.value : null;
    for (let row = Math.max(area.top, 0); row <= Math.min(area.bottom, grid.values.length - 1); row++) {
      for (let col = Math.max(area.left, 0); col <= Math.min(area.right, width - 1); col++) {
        if (row === area.top && col === area.left) continue;
        values.set(row, col, spread);
        numberFormats?.set(row, col, topLeft.numberFormat);
        formulas?.set(row, col, null);
      }
    }
  }
  return {
    ...grid,
    values: values.rows,
    ...(numberFormats && { numberFormats: numberFormats.rows }),
    ...(formulas && { formulas: formulas.rows }),
  };
}

function topLeftOf(grid: Grid, area: MergedArea): StoredCell {
  if (area.topLeft !== undefined) return area.topLeft;
  return { value: grid.values[area.top]?.[area.left] ?? null, numberFormat: numberFormatAt(grid, area.top, area.left) };
}

/**
 * Rows of a grid, copied only where a cell changes: the adapters may share one row array among rows (the
 * formats of a register's rows, a row without formulas), and the grid handed in stays as it was.
 */
class RowsToWrite<T> {
  readonly rows: T[][];
  private readonly copied = new Set<number>();

  constructor(rows: readonly T[][]) {
    this.rows = [...rows];
  }

  set(row: number, col: number, value: T): void {
    if (this.rows[row][col] === value) return;
    if (!this.copied.has(row)) {
      this.rows[row] = [...this.rows[row]];
      this.copied.add(row);
    }
    this.rows[row][col] = value;
  }
}
