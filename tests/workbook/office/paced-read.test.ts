/**
 * The Office reader makes its grids in pieces when given a pace: at most PIECE_ROWS rows of the host's answer
 * between two pauses, and the same grids as without one.
 */
import type { Progress } from "../../../src/core/progress";
import { finish, PIECE_ROWS } from "../../../src/core/pieces";
import type { Block } from "../../../src/workbook/office/blocks";
import { assembleGrid, type BlockData } from "../../../src/workbook/office/to-grid";
import { withLots } from "../../helpers/sample";
import { stepThrough, watchedRows } from "../../helpers/pieces";
import { fakeExcelOf, officeSource } from "./helpers";

const BLOCK_ROWS = 1_700;
const BLOCKS = 3;
const COLS = 3;

/** One block of the answer: numbers, a text column and a formula column. */
function blockData(index: number): BlockData {
  const top = index * BLOCK_ROWS;
  const block: Block = { area: 0, sheet: "장비", top, left: 0, rows: BLOCK_ROWS, cols: COLS };
  const rows = Array.from({ length: BLOCK_ROWS }, (_, r) => [top + r, `LOT-${top + r}`, (top + r) * 2]);
  return {
    block,
    values: rows,
    valueTypes: rows.map(() => ["Double", "String", "Double"]),
    numberFormats: rows.map(() => ["General", "@", "#,##0"]),
    formulas: rows.map((row, r) => [row[0], row[1], `=A${top + r + 1}*2`]),
    merges: [],
  };
}

describe("assembleGrid in pieces", () => {
  it("reads at most PIECE_ROWS rows of the answer between two pauses, and makes the grid it makes at once", () => {
    const request = { name: "Inventory", rect: { sheet: "장비", top: 0, left: 0, bottom: BLOCK_ROWS * BLOCKS - 1, right: COLS - 1 } };
    const region = { sheet: "장비", top: 0, left: 0, rows: BLOCK_ROWS * BLOCKS, cols: COLS };
    const watchers = Array.from({ length: BLOCKS }, (_, i) => watchedRows(blockData(i).values as unknown[][]));
    const watched = watchers.map((watcher, i) => ({ ...blockData(i), values: watcher.rows }));
    const read: number[] = [];
    const grid = stepThrough(assembleGrid(request, region, watched, () => undefined, new Map()), () =>
      read.push(watchers.reduce((sum, watcher) => sum + watcher.take().size, 0)),
    );
    expect(read.length).toBeGreaterThanOrEqual(Math.floor((BLOCK_ROWS * BLOCKS) / PIECE_ROWS) + 1);
    expect(Math.max(...read)).toBeLessThanOrEqual(PIECE_ROWS);
    const plain = finish(assembleGrid(request, region, Array.from({ length: BLOCKS }, (_, i) => blockData(i)), () => undefined, new Map()));
    expect(grid).toEqual(plain);
    expect(grid.values).toHaveLength(BLOCK_ROWS * BLOCKS);
    expect(grid.formulas?.[BLOCK_ROWS + 1]).toEqual([null, null, `=A${BLOCK_ROWS + 2}*2`]);
  });
});

describe("readRanges with a pace", () => {
  it("pauses with the rows read so far, and answers with the grids read without one", async () => {
    const lots = 5_000;
    const fake = await fakeExcelOf(await withLots(lots));
    const requests = [
      { name: "Inventory", rect: { sheet: "장비", top: 2, left: 0, bottom: 2 + lots, right: 9 } },
      { name: "Title", rect: { sheet: "장비", top: 0, left: 0, bottom: 2, right: 9 } },
    ];
    const heard: Progress[] = [];
    const paced = await officeSource(fake).readRanges(requests, async (progress) => void heard.push(progress));
    expect(paced).toEqual(await officeSource(fake).readRanges(requests));
    const reads = heard.filter((p) => p.step === "read");
    expect(reads).toHaveLength(heard.length);
    expect(reads.length).toBeGreaterThanOrEqual(Math.floor(lots / PIECE_ROWS));
    expect(reads[0]).toEqual({ step: "read", rows: 0, totalRows: lots + 1 + 3 });
  });
});
