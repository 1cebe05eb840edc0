/// <reference types="office-js" />
/**
 * Merged areas as Office.js gives them, in one place: which areas a block touches (ExcelApi 1.13; without it a
 * merged area's other cells simply read empty, as Excel stores them), and the top-left cells of those that start
 * outside what was read, which the grids need and get in one round trip of their own.
 */
import { parseA1, type CellRect } from "../../core/address";
import type { StoredCell } from "../../core/grid";
import type { Area } from "./blocks";
import type { ApiSupport } from "./run";
import { cellValue, type BlockData } from "./to-grid";

/** Queues the read of the merged areas a range touches; null where the host cannot tell. */
export function loadMergedAreas(range: Excel.Range, supports: ApiSupport): Excel.RangeAreas | null {
  return supports("1.13") ? range.getMergedAreasOrNullObject().load("address") : null;
}

/** The areas read by `loadMergedAreas`, once synced. */
export function mergedAreasRead(loaded: Excel.RangeAreas | null): CellRect[] {
  return loaded === null || loaded.isNullObject ? [] : parseAreasAddress(loaded.address);
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

/** The top-left cells of merged areas that lie outside the area read: they need a read of their own. */
export function topLeftCellsOutside(area: Area, blocks: readonly BlockData[]): SheetCell[] {
  const seen = new Set<string>();
  const out: SheetCell[] = [];
  for (const m of blocks.flatMap((b) => b.merges)) {
    const inside = m.top >= area.top && m.top < area.top + area.rows && m.left >= area.left && m.left < area.left + area.cols;
    const key = topLeftKey(area.sheet, m.top, m.left);
    if (!inside && !seen.has(key)) {
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
