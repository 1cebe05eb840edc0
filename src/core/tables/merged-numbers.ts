import { isCellError, type Grid } from "../grid";

/**
 * Excel keeps a merged area's value in its top-left cell only: a SUM over the area counts it once. The grid
 * shows every cell of the area with that value (right for labels, which a reader sees repeated), so numbers
 * and error values are taken back out of the other cells before anything is added up.
 */
export function withMergedNumbersOnce(grid: Grid): Grid {
  if (!grid.merges || grid.merges.length === 0) return grid;
  let values: Grid["values"] | undefined;
  for (const area of grid.merges) {
    for (let row = Math.max(area.top, 0); row <= Math.min(area.bottom, grid.values.length - 1); row++) {
      for (let col = Math.max(area.left, 0); col <= area.right && col < grid.values[row].length; col++) {
        if (row === area.top && col === area.left) continue;
        const value = grid.values[row][col];
        if (typeof value !== "number" && typeof value !== "boolean" && !(value !== null && isCellError(value))) continue;
        values ??= grid.values.map((r) => r);
        if (values[row] === grid.values[row]) values[row] = [...grid.values[row]];
        values[row][col] = null;
      }
    }
  }
  return values ? { ...grid, values } : grid;
}
