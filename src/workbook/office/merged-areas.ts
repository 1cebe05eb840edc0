/// <reference types="office-js" />
/**
 * Merged areas as Office.js gives them, in one place. `getMergedAreasOrNullObject` (ExcelApi 1.13; without it a
 * merged area's other cells simply read empty, as Excel stores them) lists only the areas whose top-left cell lies
 * in the range it is asked of (office-js issue 3611), and fails on a range holding more than 512 (its remarks).
 * So each block asks it of pieces of at most 512 cells (a cell is the top-left of one area at most), and of the
 * rows above and the columns left of its range as far as a header's merged label could start; the top-left cells
 * of the areas that start outside what was read are read in one round trip of their own.
 */
import { parseA1, type CellRect } from "../../core/address";
import type { StoredCell } from "../../core/grid";
import type { Area, Block } from "./blocks";
import type { ApiSupport } from "./run";
import { cellValue, type BlockData } from "./to-grid";

/** Excel fails on a range holding more merged areas than this; a range of this many cells never does. */
const MERGED_AREAS_LIMIT = 512;

/**
 * How many rows above and columns left of a range a merged area reaching into it may start and still be seen: a
 * header's label merged over two or three rows, or a side label over a few columns, starts well within it.
 */
const MERGE_REACH = 10;

/** Queues the reads of the merged areas reaching into a block of `area`; empty where the host cannot tell. */
export function loadMergedAreas(worksheet: Excel.Worksheet, area: Area, block: Block, supports: ApiSupport): Excel.RangeAreas[] {
  if (!supports("1.13")) return [];
  const left = Math.max(0, block.left - MERGE_REACH);
  const rects: CellRect[] = [{ top: block.top, left, bottom: block.top + block.rows - 1, right: block.left + block.cols - 1 }];
  // The rows above belong to the area's first block only.
  if (block.top === area.top && area.top > 0) rects.push({ top: Math.max(0, area.top - MERGE_REACH), left, bottom: area.top - 1, right: block.left + block.cols - 1 });
  return rects.flatMap(underLimit).map((r) =>
    worksheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getMergedAreasOrNullObject().load("address"),
  );
}

/** A rectangle cut into pieces of at most `MERGED_AREAS_LIMIT` cells: row bands, or strips of one row when wider. */
function underLimit(rect: CellRect): CellRect[] {
  const cols = rect.right - rect.left + 1;
  const pieces: CellRect[] = [];
  if (cols > MERGED_AREAS_LIMIT) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col += MERGED_AREAS_LIMIT) pieces.push({ top: row, left: col, bottom: row, right: Math.min(rect.right, col + MERGED_AREAS_LIMIT - 1) });
    }
    return pieces;
  }
  const rows = Math.floor(MERGED_AREAS_LIMIT / cols);
  for (let top = rect.top; top <= rect.bottom; top += rows) pieces.push({ ...rect, top, bottom: Math.min(rect.bottom, top + rows - 1) });
  return pieces;
}

/** The areas read by `loadMergedAreas`, once synced. */
export function mergedAreasRead(loaded: readonly Excel.RangeAreas[]): CellRect[] {
  return loaded.flatMap((areas) => (areas.isNullObject ? [] : parseAreasAddress(areas.address)));
}

/** `'인력'!C3:H3, '인력'!I3:L3` → rectangles. */
export function parseAreasAddress(address: string): CellRect[] {
  const rects: CellRect[] = [];
  let quoted = false;
  let start = 0;
  const take = (part: string) => {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const [first, second = first] = local.split(":").map(parseA1);
    if (first && second) rects.push({ top: first.row, left: first.col, bottom: second.row, right: second.col });
  };
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      take(address.slice(start, i));
      start = i + 1;
    }
  }
  take(address.slice(start));
  return rects;
}

interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The top-left cells of merged areas reaching into the area read from outside it: they need a read of their own. */
export function topLeftCellsOutside(area: Area, blocks: readonly BlockData[]): SheetCell[] {
  const seen = new Set<string>();
  const out: SheetCell[] = [];
  const [bottom, right] = [area.top + area.rows - 1, area.left + area.cols - 1];
  for (const m of blocks.flatMap((b) => b.merges)) {
    const reaches = m.top <= bottom && m.bottom >= area.top && m.left <= right && m.right >= area.left;
    const inside = m.top >= area.top && m.left >= area.left;
    const key = topLeftKey(area.sheet, m.top, m.left);
    if (reaches && !inside && !seen.has(key)) {
      seen.add(key);
      out.push({ sheet: area.sheet, row: m.top, col: m.left });
    }
  }
  return out;
}

export function topLeftKey(sheet: string, row: number, col: number): string {
  return `${sheet.toLowerCase()}!${row},${col}`;
}

/** The cells' values and number formats, by `topLeftKey`, in one round trip (none when there are no cells). */
export async function readTopLeftCells(
  context: Excel.RequestContext,
  cells: readonly SheetCell[],
  sheet: (name: string) => Excel.Worksheet,
): Promise<Map<string, StoredCell>> {
  const read = new Map<string, StoredCell>();
  if (cells.length === 0) return read;
  const queued = cells.map((cell) => ({ cell, range: sheet(cell.sheet).getCell(cell.row, cell.col).load("values, valueTypes, numberFormat") }));
  await context.sync();
  for (const { cell, range } of queued) {
    const format = range.numberFormat[0][0];
    read.set(topLeftKey(cell.sheet, cell.row, cell.col), {
      value: cellValue(range.values[0][0], range.valueTypes[0][0]),
      numberFormat: typeof format === "string" && format !== "" ? format : "General",
    });
  }
  return read;
}
