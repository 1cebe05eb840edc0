/**
 * The grids of the rectangles requested on one worksheet, from one streamed pass over its part: each grid is
 * clipped to the sheet's used area (the last row and column holding a value, a merged area counting whole when
 * its top-left cell holds one; formatting alone does not count), and every cell of a merged area shows that
 * top-left cell's value and number format, the formula staying with the top-left cell alone. A sheet's merged
 * areas are listed after its cells: when one needs a top-left cell outside every requested rectangle, which is
 * rare, the part is read a second time for just those cells.
 */
import type { CellRect } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import type { RangeRequest } from "../port";
import type { CellSink, ScannedSheet } from "./sheet-cells";

/** One pass over the sheet's part, handing the wanted cells to `sink`. */
export type SheetPass = (sink: CellSink) => Promise<ScannedSheet>;

interface CellData {
  readonly value: CellValue;
  readonly numberFormat: string;
  readonly formula: string | null;
}

const EMPTY_CELL: CellData = { value: null, numberFormat: "General", formula: null };

export async function readSheetRanges(pass: SheetPass, requests: readonly RangeRequest[]): Promise<Grid[]> {
  const builders = requests.map((request) => new GridBuilder(request));
  const sheet = await pass({
    wants: (row, col) => builders.some((b) => b.contains(row, col)),
    cell(row, col, value, numberFormat, formula) {
      for (const b of builders) if (b.contains(row, col)) b.put(row, col, value, numberFormat, formula);
    },
  });
  let { lastRow, lastCol } = sheet;
  const masters = await mergeMasters(pass, sheet, builders);
  for (const [area, master] of masters) {
    if (master.value === null && master.formula === null) continue;
    lastRow = Math.max(lastRow, area.bottom);
    lastCol = Math.max(lastCol, area.right);
  }
  return builders.map((b) => b.build(lastRow, lastCol, masters));
}

const positionKey = (row: number, col: number) => row * 16_384 + col;

/** The top-left cell of every merged area: from the grids, else from a second pass when it is needed at all. */
async function mergeMasters(pass: SheetPass, sheet: ScannedSheet, builders: readonly GridBuilder[]): Promise<Map<CellRect, CellData>> {
  const masters = new Map<CellRect, CellData>();
  const missing = new Map<number, CellRect[]>();
  for (const area of sheet.merges) {
    const holder = builders.find((b) => b.contains(area.top, area.left));
    if (holder !== undefined) masters.set(area, holder.at(area.top, area.left));
    else if (builders.some((b) => b.overlaps(area)) || area.bottom > sheet.lastRow || area.right > sheet.lastCol) {
      const key = positionKey(area.top, area.left);
      missing.set(key, [...(missing.get(key) ?? []), area]);
    }
  }
  if (missing.size > 0) {
    await pass({
      wants: (row, col) => missing.has(positionKey(row, col)),
      cell(row, col, value, numberFormat, formula) {
        for (const area of missing.get(positionKey(row, col))!) masters.set(area, { value, numberFormat, formula });
      },
    });
    // A top-left cell the part does not hold at all is empty.
    for (const areas of missing.values()) for (const area of areas) if (!masters.has(area)) masters.set(area, EMPTY_CELL);
  }
  return masters;
}

/**
 * A grid being filled, row by row as the sheet's cells come. Formats and formulas repeat down a table (a
 * register's rows hold the same formats and no formulas), and a grid of 100,000 rows would otherwise hold
 * 200,000 arrays of them: a row of formats equal to the row above shares its array, and a row without formulas
 * shares one row of nulls. No one writes into a grid's rows once it is built; until then, writes copy first.
 */
class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly numberFormats: string[][] = [];
  /** Undefined for a row without any formula so far. */
  private readonly formulas: ((string | null)[] | undefined)[] = [];
  /** The row being filled: when the cells move on to another, it may share the formats of the row above. */
  private filling = -1;

  constructor(private readonly request: RangeRequest) {}

  contains(row: number, col: number): boolean {
    const { rect } = this.request;
    return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
  }

  overlaps(area: CellRect): boolean {
    const { rect } = this.request;
    return area.top <= rect.bottom && area.bottom >= rect.top && area.left <= rect.right && area.right >= rect.left;
  }

  put(row: number, col: number, value: CellValue, numberFormat: string, formula: string | null): void {
    const r = row - this.request.rect.top;
    const c = col - this.request.rect.left;
    if (r !== this.filling) {
      this.shareFormats(this.filling);
      this.filling = r;
    }
    while (this.values.length <= r) this.addRow();
    const values = this.values[r];
    const formats = this.ownFormats(r);
    // Rows stay packed arrays: the columns before a cell are filled as they are passed.
    while (values.length < c) values.push(null);
    while (formats.length < c) formats.push("General");
    values[c] = value;
    formats[c] = numberFormat;
    let formulas = this.formulas[r];
    if (formula !== null) formulas = this.formulas[r] ??= [];
    if (formulas !== undefined) {
      while (formulas.length < c) formulas.push(null);
      formulas[c] = formula;
    }
  }

  /** What the grid holds so far at a sheet position inside the request. */
  at(row: number, col: number): CellData {
    const r = row - this.request.rect.top;
    const c = col - this.request.rect.left;
    const values = this.values[r];
    if (values === undefined || c >= values.length) return EMPTY_CELL;
    return { value: values[c], numberFormat: this.numberFormats[r][c] ?? "General", formula: this.formulas[r]?.[c] ?? null };
  }

  build(lastRow: number, lastCol: number, masters: ReadonlyMap<CellRect, CellData>): Grid {
    const { name, rect } = this.request;
    const grid = { name, sheet: rect.sheet, top: rect.top, left: rect.left };
    const bottom = Math.min(rect.bottom, lastRow);
    const right = Math.min(rect.right, lastCol);
    if (bottom < rect.top || right < rect.left) return { ...grid, values: [], numberFormats: [], formulas: [] };
    this.shareFormats(this.filling);
    const formulas = this.fit(bottom - rect.top + 1, right - rect.left + 1);
    const merges = this.fillMerges(masters, formulas, bottom, right);
    return { ...grid, values: this.values, numberFormats: this.numberFormats, formulas, merges };
  }

  /** Makes the rows exactly `height` by `width`, empty cells filled in; returns the formulas, every row filled. */
  private fit(height: number, width: number): (string | null)[][] {
    while (this.values.length < height) this.addRow();
    for (const rows of [this.values, this.numberFormats, this.formulas]) rows.length = height;
    const noFormulas: null[] = new Array<null>(width).fill(null);
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < height; r++) {
      fitRow(this.values[r], width, null);
      // A shared row of formats is fitted once: the rows after find it fitted already.
      fitRow(this.numberFormats[r], width, "General");
      const rowFormulas = this.formulas[r];
      formulas.push(rowFormulas === undefined ? noFormulas : fitRow(rowFormulas, width, null));
    }
    return formulas;
  }

  /**
   * Gives the cells of each merged area inside the grid their top-left cell's value and format, and returns
   * the areas in grid coordinates (an area may start above or left of the grid), in the order a row-by-row walk
   * over the grid first meets a cell of each other than its top-left one; an area of which the grid holds only
   * the top-left cell is left out.
   */
  private fillMerges(masters: ReadonlyMap<CellRect, CellData>, formulas: (string | null)[][], bottom: number, right: number): CellRect[] {
    const { rect } = this.request;
    const found: { area: CellRect; firstRow: number; firstCol: number }[] = [];
    for (const [area, master] of masters) {
      const top = Math.max(area.top, rect.top);
      const left = Math.max(area.left, rect.left);
      const last = Math.min(area.bottom, bottom);
      const end = Math.min(area.right, right);
      if (top > last || left > end) continue;
      const startsAtMaster = top === area.top && left === area.left;
      if (startsAtMaster && top === last && left === end) continue;
      for (let row = top; row <= last; row++) {
        const r = row - rect.top;
        const formats = this.ownFormats(r);
        for (let col = left; col <= end; col++) {
          if (row === area.top && col === area.left) continue;
          const c = col - rect.left;
          this.values[r][c] = master.value;
          formats[c] = master.numberFormat;
          // The shared row of nulls may be written: with a null.
          formulas[r][c] = null;
        }
      }
      const [firstRow, firstCol] = !startsAtMaster ? [top, left] : left < end ? [top, left + 1] : [top + 1, left];
      found.push({
        area: { top: area.top - rect.top, left: area.left - rect.left, bottom: last - rect.top, right: end - rect.left },
        firstRow,
        firstCol,
      });
    }
    found.sort((a, b) => a.firstRow - b.firstRow || a.firstCol - b.firstCol);
    return found.map((f) => f.area);
  }

  /** Row `r`'s formats may become the row above's, if they are the same. */
  private shareFormats(r: number): void {
    const above = this.numberFormats[r - 1];
    const formats = this.numberFormats[r];
    if (r < 1 || above === undefined || formats === undefined || above === formats || above.length !== formats.length) return;
    for (let c = 0; c < formats.length; c++) if (formats[c] !== above[c]) return;
    this.numberFormats[r] = above;
  }

  /** Row `r`'s formats, its own to write into. */
  private ownFormats(r: number): string[] {
    const formats = this.numberFormats[r];
    if (formats !== this.numberFormats[r - 1] && formats !== this.numberFormats[r + 1]) return formats;
    return (this.numberFormats[r] = [...formats]);
  }

  private addRow(): void {
    this.values.push([]);
    this.numberFormats.push([]);
    this.formulas.push(undefined);
  }
}

/** Pads or cuts a row to `width`. */
function fitRow<T>(row: T[], width: number, empty: T): T[] {
  if (row.length > width) row.length = width;
  while (row.length < width) row.push(empty);
  return row;
}
