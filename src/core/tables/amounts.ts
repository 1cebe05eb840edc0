import type { CellPosition } from "../address";
import { numberFormatAt, type Grid } from "../grid";
import { amountOf, readNumber, type NumberReading } from "../values/cell-readers";

/** The number at a table's cell, read through its number format. */
export function readAt(grid: Grid, pos: CellPosition): NumberReading {
  return readNumber(grid.values[pos.row][pos.col], numberFormatAt(grid, pos.row, pos.col));
}

/** The amount at a cell (blank and `-` are zero), or null when the cell holds an error or unreadable text. */
export function amountAt(grid: Grid, pos: CellPosition): number | null {
  return amountOf(readAt(grid, pos));
}

/** Sums amounts; null as soon as one of them cannot be read (the cell rules report that cell). */
export function sumAt(grid: Grid, cells: readonly CellPosition[]): number | null {
  let sum = 0;
  for (const pos of cells) {
    const amount = amountAt(grid, pos);
    if (amount === null) return null;
    sum += amount;
  }
  return roundSum(sum);
}

/** Removes the binary noise of adding decimals (0.1 + 0.2) without hiding real differences. */
export function roundSum(value: number): number {
  return Number(value.toFixed(9));
}
