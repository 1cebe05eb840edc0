/**
 * From what Office.js returns to the Grid the core reads, exactly as the ExcelJS adapter builds it: errors as
 * `{ error }`, an empty cell as null, formulas only where the cell holds one, and every cell of a merged area
 * carrying the value and number format of its top-left cell (and no formula), the area itself listed in grid
 * coordinates.
 */
import { parseA1, type CellRect } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import type { RangeRequest } from "../port";
import type { Area, Block } from "./blocks";

/** One block as read. */
export interface BlockData {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  /** Merged areas touching the block. */
  readonly merges: readonly CellRect[];
}

export interface ShownCell {
  readonly value: CellValue;
  readonly numberFormat: string;
}

/** A cell's value by its `valueTypes` entry: the type tells an error value from text that reads `#N/A`. */
export function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "String":
      return String(value);
    default:
      return typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value !== "") ? value : null;
  }
}

/**
 * `Range.formulas` gives a constant back in place of a formula, so text that starts with `=` reads the same
 * in both arrays: only a formula differs from the value it shows, or shows a non-text value.
 */
export function cellFormula(formula: unknown, value: unknown, type: string): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return type === "String" && formula === value ? null : formula;
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

/** The top-left cells of merged areas that lie outside the area read: they need a read of their own. */
export function mastersOutside(area: Area, blocks: readonly BlockData[]): { row: number; col: number }[] {
  const seen = new Set<string>();
  const out: { row: number; col: number }[] = [];
  for (const m of blocks.flatMap((b) => b.merges)) {
    const inside = m.top >= area.top && m.top < area.top + area.rows && m.left >= area.left && m.left < area.left + area.cols;
    const key = `${m.top},${m.left}`;
    if (!inside && !seen.has(key)) {
      seen.add(key);
      out.push({ row: m.top, col: m.left });
    }
  }
  return out;
}

export function assembleGrid(
  request: RangeRequest,
  region: Area,
  blocks: readonly BlockData[],
  masterOutside: (row: number, col: number) => ShownCell | undefined,
): Grid {
  const { rect } = request;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (const { block, ...read } of blocks) {
    for (let r = 0; r < block.rows; r++) {
      const row = block.top - region.top + r;
      values[row] = read.values[r].map((v, c) => cellValue(v, read.valueTypes[r][c]));
      numberFormats[row] = read.numberFormats[r].map((f) => (typeof f === "string" && f !== "" ? f : "General"));
      formulas[row] = read.formulas[r].map((f, c) => cellFormula(f, read.values[r][c], read.valueTypes[r][c]));
    }
  }

  const merges: { area: CellRect; first: number }[] = [];
  const done = new Set<string>();
  for (const m of blocks.flatMap((b) => b.merges)) {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (done.has(key)) continue;
    done.add(key);
    const area = gridArea(m, region);
    if (area === null) continue;
    const inside = area.top >= 0 && area.left >= 0;
    const shown = inside ? { value: values[area.top][area.left], numberFormat: numberFormats[area.top][area.left] } : masterOutside(m.top, m.left);
    if (shown === undefined) continue;
    for (let r = Math.max(area.top, 0); r <= area.bottom; r++) {
      for (let c = Math.max(area.left, 0); c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        values[r][c] = shown.value;
        numberFormats[r][c] = shown.numberFormat;
        formulas[r][c] = null;
      }
    }
    merges.push({ area, first: firstOtherCell(area, region.cols) });
  }
  merges.sort((a, b) => a.first - b.first);
  const grid = { name: request.name, sheet: rect.sheet, top: rect.top, left: rect.left, values, numberFormats, formulas };
  return region.rows === 0 ? grid : { ...grid, merges: merges.map((m) => m.area) };
}

/**
 * A merged area in grid coordinates: from its top-left cell (which may lie above or left of the grid) to where
 * the grid clips it; null when none of its other cells is in the grid.
 */
function gridArea(m: CellRect, region: Area): CellRect | null {
  const area = {
    top: m.top - region.top,
    left: m.left - region.left,
    bottom: Math.min(m.bottom - region.top, region.rows - 1),
    right: Math.min(m.right - region.left, region.cols - 1),
  };
  const cells = (area.bottom - Math.max(area.top, 0) + 1) * (area.right - Math.max(area.left, 0) + 1);
  const masterInside = area.top >= 0 && area.left >= 0;
  return area.bottom < 0 || area.right < 0 || cells < (masterInside ? 2 : 1) ? null : area;
}

/** Row-major index of the area's first cell in the grid other than its top-left one: the order a reader meets it. */
function firstOtherCell(area: CellRect, cols: number): number {
  const top = Math.max(area.top, 0);
  const left = Math.max(area.left, 0);
  const skipMaster = top === area.top && left === area.left;
  const [row, col] = skipMaster ? (left + 1 <= area.right ? [top, left + 1] : [top + 1, left]) : [top, left];
  return row * cols + col;
}
