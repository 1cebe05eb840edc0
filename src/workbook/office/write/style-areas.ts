/**
 * Cells of one style as few rectangles as possible, and those as `getRanges` addresses: formats are set once per
 * style on all its areas, never cell by cell.
 */
import { a1, type CellRect } from "../../../core/address";

/**
 * Runs of adjacent cells along each row; with `stack`, equal runs of consecutive rows become one rectangle (not
 * for a style with a thick top or bottom rule, which every cell of it draws).
 */
export function styleAreas(cells: readonly { readonly row: number; readonly col: number }[], stack: boolean): CellRect[] {
  // A sheet's cells mostly come row by row already: a long list's need no sort.
  const sorted = inOrder(cells) ? cells : [...cells].sort(byPosition);
  const runs: CellRect[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.top === row && last.right === col - 1) runs[runs.length - 1] = { ...last, right: col };
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  if (!stack) return runs;
  const done: CellRect[] = [];
  let row = -1;
  let above = new Map<string, CellRect>(); // rectangles ending on the row above, by their columns
  let here = new Map<string, CellRect>(); // rectangles ending on this row
  for (const run of runs) {
    if (run.top !== row) {
      done.push(...above.values());
      if (run.top === row + 1) above = here;
      else {
        done.push(...here.values());
        above = new Map();
      }
      here = new Map();
      row = run.top;
    }
    const key = `${run.left}:${run.right}`;
    const continued = above.get(key);
    above.delete(key);
    here.set(key, continued === undefined ? run : { ...continued, bottom: run.top });
  }
  return [...done, ...above.values(), ...here.values()];
}

function byPosition(a: { readonly row: number; readonly col: number }, b: { readonly row: number; readonly col: number }): number {
  return a.row - b.row || a.col - b.col;
}

function inOrder(cells: readonly { readonly row: number; readonly col: number }[]): boolean {
  for (let i = 1; i < cells.length; i++) if (byPosition(cells[i - 1], cells[i]) > 0) return false;
  return true;
}

export function rectAddress(rect: CellRect): string {
  const first = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${a1(rect.bottom, rect.right)}`;
}

/** `getRanges` addresses of at most `limit` characters each (Excel refuses longer than 8,192). */
export function addressChunks(rects: readonly CellRect[], limit = 8000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of rects.map(rectAddress)) {
    if (current !== "" && current.length + 1 + address.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
