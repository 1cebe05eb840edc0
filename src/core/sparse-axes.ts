/**
 * Which rows (or columns) a sparse grid keeps (`Grid.sheetRows`, `grid-axes.ts`): every one holding a value or
 * formula, and of each run of empty ones only its first few. A whole-sheet name over a small table and one far
 * cell at XFD1048576 then costs its cells, not 17 billion. The core decides this, not an adapter: what a grid
 * keeps is what the checks see.
 */

/**
 * How many rows of a run of empty ones a sparse grid keeps. Every look a few rows away sees in it what it would
 * see in a dense grid: a header up to six rows down (`tables/locate.ts`), a unit line three rows up, the blank
 * row that ends a found table.
 */
const KEPT_OF_EMPTY_RUN = 8;

/**
 * The positions `0 … count - 1` to keep, ascending, given those in use (ascending, each below `count`): each
 * one in use, the first `KEPT_OF_EMPTY_RUN` of each run of positions not in use, and the last position, so the
 * grid still ends where its used part ends (a merged area can reach past the last cell holding a value).
 */
export function keptPositions(inUse: readonly number[], count: number): number[] {
  const kept: number[] = [];
  let next = 0;
  for (let i = 0; i <= inUse.length; i++) {
    const position = i < inUse.length ? inUse[i] : count;
    for (let p = next; p < Math.min(position, next + KEPT_OF_EMPTY_RUN); p++) kept.push(p);
    if (position < count) kept.push(position);
    next = position + 1;
  }
  if (count > 0 && kept[kept.length - 1] !== count - 1) kept.push(count - 1);
  return kept;
}
