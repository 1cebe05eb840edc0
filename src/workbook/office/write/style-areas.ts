/**
 * Cells of one style as few rectangles as possible, and those as `getRanges` addresses: formats are set once per
 * style on all its areas, never cell by cell.
 */
import { a1, type CellRect } from "../../../core/address";
import { finish, PIECE_CELLS, type Pieces } from "../../../core/pieces";

type Cell = { readonly row: number; readonly col: number };

/**
 * Runs of adjacent cells along each row; with `stack`, equal runs of consecutive rows become one rectangle (not
 * for a style with a thick top or bottom rule, which every cell of it draws).
 */
export function styleAreas(cells: readonly Cell[], stack: boolean): CellRect[] {
  return finish(styleAreaPieces(cells, stack));
}

/** `styleAreas`, pausing every `PIECE_CELLS` cells or runs: one style of a long list's sheet covers a hundred thousand. */
export function* styleAreaPieces(cells: readonly Cell[], stack: boolean): Pieces<CellRect[]> {
  // A sheet's cells mostly come row by row already: a long list's need no sort.
  const sorted = (yield* inOrder(cells)) ? cells : [...cells].sort(byPosition);
  yield;
  // Rectangles are grown in place: each is made here and held in one place at a time.
  const runs: Rect[] = [];
  let last: Rect | undefined;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && i % PIECE_CELLS === 0) yield;
    const { row, col } = sorted[i];
    if (last !== undefined && last.top === row && last.right === col - 1) last.right = col;
    else {
      last = { top: row, left: col, bottom: row, right: col };
      runs.push(last);
    }
  }
  if (!stack) return runs;
  const done: Rect[] = [];
  let row = -1;
  let above = new Map<string, Rect>(); // rectangles ending on the row above, by their columns
  let here = new Map<string, Rect>(); // rectangles ending on this row
  for (let i = 0; i < runs.length; i++) {
    if (i > 0 && i % PIECE_CELLS === 0) yield;
    const run = runs[i];
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
    if (continued !== undefined) continued.bottom = run.top;
    here.set(key, continued ?? run);
  }
  done.push(...above.values(), ...here.values());
  return done;
}

type Rect = { -readonly [K in keyof CellRect]: CellRect[K] };

function byPosition(a: Cell, b: Cell): number {
  return a.row - b.row || a.col - b.col;
}

function* inOrder(cells: readonly Cell[]): Pieces<boolean> {
  for (let i = 1; i < cells.length; i++) {
    if (i % PIECE_CELLS === 0) yield;
    if (byPosition(cells[i - 1], cells[i]) > 0) return false;
  }
  return true;
}

export function rectAddress(rect: CellRect): string {
  const first = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${a1(rect.bottom, rect.right)}`;
}

/**
 * `getRanges` addresses of at most `limit` characters each (Excel refuses longer than 8,192), made one at a time
 * as the writer asks: the pane pauses between them, and a long list's style has hundreds of thousands of areas.
 */
export function* addressChunks(rects: readonly CellRect[], limit = 8000): Generator<string, void, undefined> {
  let current = "";
  for (const rect of rects) {
    const address = rectAddress(rect);
    if (current !== "" && current.length + 1 + address.length > limit) {
      yield current;
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") yield current;
}
