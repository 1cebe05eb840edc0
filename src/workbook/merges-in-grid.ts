/**
 * The merged areas of a sheet as a grid lists them, for both adapters: what the grid's cells are part of is
 * translated, not decided (that is `spreadMergedLabels` in the core).
 */
import type { CellRect } from "../core/address";
import type { MergedArea, StoredCell } from "../core/grid";

/**
 * The areas that reach into a grid read at `region` (sheet coordinates), in grid coordinates, ordered by top row
 * then left column, each with its top-left cell when that lies above or left of the grid (`topLeftOutside`
 * reads it; an area whose top-left cell was not read is left out). An area of which the grid holds only the
 * top-left cell spreads over nothing and is left out too; an area met twice is listed once.
 */
export function mergesInGrid(
  areas: Iterable<CellRect>,
  region: CellRect,
  topLeftOutside: (row: number, col: number) => StoredCell | undefined,
): MergedArea[] {
  const seen = new Set<string>();
  const found: MergedArea[] = [];
  for (const area of areas) {
    const key = `${area.top},${area.left},${area.bottom},${area.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [top, left] = [Math.max(area.top, region.top), Math.max(area.left, region.left)];
    const [bottom, right] = [Math.min(area.bottom, region.bottom), Math.min(area.right, region.right)];
    if (top > bottom || left > right) continue;
    const inGrid = { top: area.top - region.top, left: area.left - region.left, bottom: bottom - region.top, right: right - region.left };
    const topLeftInside = area.top >= region.top && area.left >= region.left;
    if (topLeftInside) {
      if (top < bottom || left < right) found.push(inGrid);
      continue;
    }
    const topLeft = topLeftOutside(area.top, area.left);
    if (topLeft !== undefined) found.push({ ...inGrid, topLeft });
  }
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}
