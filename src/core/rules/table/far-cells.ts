import { rectAddress, type CellRect } from "../../address";
import { isBlankCell } from "../../detect/rows";
import type { Grid } from "../../grid";
import { cellAddress, sheetColOf, sheetRowOf } from "../../grid-axes";
import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";
import { rowSpans } from "../../row-spans";
import type { Pieces } from "../../pieces";

/**
 * A value this many empty rows (or columns) away from the table is no part of it. Past this, it is most likely
 * typed by mistake (Ctrl+End lands there) or left from an old layout, under a name drawn over whole columns or
 * the whole sheet; a table with gaps of a few blank rows keeps them.
 */
const FAR_ROWS = 1_000;
const FAR_COLS = 100;

export default defineRule({
  id: "table/far-cells",
  severity: "warning",
  scope: "frame",
  appliesTo: TABLE_KINDS,
  description: {
    ko: "이름의 범위에서 표와 멀리 떨어진 값을 찾습니다 (전체 열이나 시트 전체를 가리키는 이름에 남은 값).",
    en: "Values in a name's range far from its table (left under a name over whole columns or the whole sheet).",
  },
  messages: {
    far: {
      ko: "이름 {name}의 범위에서 {first}의 값은 표({table})와 멀리 떨어져 있습니다 (이런 셀 {count}개). 잘못 입력한 값이면 지우고, 아니면 이름의 범위를 표에 맞게 고치십시오.",
      en: "In the range of {name}, {first} holds a value far from the table ({table}) (cells like it: {count}). Delete it if it was typed by mistake, or else fit the name to the table.",
    },
  },
  *pieces(table, context) {
    const { grid } = table;
    const block = yield* tableBlock(grid, table.headerRow);
    if (block === null) return;
    const far: FarCells = { count: 0 };
    yield* rowSpans(grid.values.length, (from, to) => countFar(grid, block, far, from, to));
    const { first, count } = far;
    if (first === undefined) return;
    const sheetBlock = { top: sheetRowOf(grid, block.top), left: sheetColOf(grid, block.left), bottom: sheetRowOf(grid, block.bottom), right: sheetColOf(grid, block.right) };
    context.report({
      ...first,
      messageId: "far",
      data: { name: table.name, first: cellAddress(grid, first.row, first.col), table: rectAddress(sheetBlock), count },
    });
  },
});

/** The values far from a table: how many, and the first in reading order. */
interface FarCells {
  first?: { row: number; col: number };
  count: number;
}

/**
 * Counts into `far` the values of grid rows `from` to `to - 1`, row by row as a reader goes: within the block's
 * rows only the cells left and right of it, not the table's own. Module-level: V8 optimises it, not a closure
 * over a generator's variables.
 */
function countFar(grid: Grid, block: CellRect, far: FarCells, from: number, to: number): void {
  for (let row = from; row < to; row++) {
    const values = grid.values[row];
    const inBlock = row >= block.top && row <= block.bottom;
    for (let col = 0; col < values.length; col++) {
      if (inBlock && col === block.left) col = block.right;
      else if (!isBlankCell(values[col])) {
        far.first ??= { row, col };
        far.count++;
      }
    }
  }
}

function rowInUse(grid: Grid, row: number): boolean {
  return grid.values[row].some((value) => !isBlankCell(value));
}

/**
 * Moves `edge.row` out from the header row `header` (`step` rows at a time) to each row in use among the `from`-th to the
 * `to - 1`-th rows past the header, until a gap of FAR_ROWS empty sheet rows; true once it met the gap.
 */
function reach(grid: Grid, header: number, edge: { row: number }, step: 1 | -1, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const row = header + step * (k + 1);
    if (!rowInUse(grid, row)) continue;
    if (Math.abs(sheetRowOf(grid, row) - sheetRowOf(grid, edge.row)) - 1 >= FAR_ROWS) return true;
    edge.row = row;
  }
  return false;
}

/**
 * The grid rectangle of the table around its header row: rows holding values, down and up from the header,
 * until a gap of FAR_ROWS empty sheet rows; across them, the columns holding values, out from the header's
 * first one, until a gap of FAR_COLS empty sheet columns. Gaps are counted on the sheet, so a sparse grid, which
 * leaves most of a long gap out, reads the same as a dense one. Pauses every `PIECE_ROWS` rows it looks at, and
 * after.
 */
function* tableBlock(grid: Grid, headerRow: number): Pieces<CellRect | null> {
  const startCol = grid.values[headerRow]?.findIndex((value) => !isBlankCell(value)) ?? -1;
  if (startCol < 0) return null;
  const near = (from: number, to: number, axis: (i: number) => number, limit: number) => Math.abs(axis(to) - axis(from)) - 1 < limit;
  const up = { row: headerRow };
  yield* rowSpans(headerRow, (from, to) => reach(grid, headerRow, up, -1, from, to));
  const down = { row: headerRow };
  yield* rowSpans(grid.values.length - headerRow - 1, (from, to) => reach(grid, headerRow, down, 1, from, to));
  const [top, bottom] = [up.row, down.row];
  yield;
  const width = grid.values[headerRow].length;
  const colsInUse = new Uint8Array(width);
  let inUse = 0;
  // A column once seen in use needs no second look, and once all are, no row does: on a long table, the first few.
  yield* rowSpans(bottom - top + 1, (from, to) => {
    for (let row = top + from; row < top + to; row++) {
      const values = grid.values[row];
      for (let col = 0; col < Math.min(width, values.length); col++) {
        if (colsInUse[col] === 0 && !isBlankCell(values[col])) {
          colsInUse[col] = 1;
          inUse++;
        }
      }
      if (inUse === width) return true;
    }
  });
  const colOnSheet = (col: number) => sheetColOf(grid, col);
  let left = startCol;
  for (let col = startCol - 1; col >= 0; col--) {
    if (colsInUse[col] === 0) continue;
    if (!near(left, col, colOnSheet, FAR_COLS)) break;
    left = col;
  }
  let right = startCol;
  for (let col = startCol + 1; col < width; col++) {
    if (colsInUse[col] === 0) continue;
    if (!near(right, col, colOnSheet, FAR_COLS)) break;
    right = col;
  }
  return { top, left, bottom, right };
}
