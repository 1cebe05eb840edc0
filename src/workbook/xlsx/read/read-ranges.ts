/**
 * The grids of the rectangles requested on one worksheet, from one streamed pass over its part: each grid is
 * clipped to the sheet's used area (the last row and column holding a value, a merged area counting whole when
 * its top-left cell holds one; formatting alone does not count) and lists the merged areas reaching into it.
 * A sheet's merged areas are listed after its cells: when one needs a top-left cell outside every requested
 * rectangle, which is rare, the part is read a second time for just those cells.
 */
import type { CellRect } from "../../../core/address";
import type { CellIndent, CellValue, Grid } from "../../../core/grid";
import { mergesInGrid } from "../../merges-in-grid";
import type { SheetRect } from "../../../core/names/reference";
import type { CellBudget } from "../../cell-budget";
import type { RangeRequest } from "../../port";
import type { CellSink, ScannedSheet } from "./sheet-cells";

/** One pass over the sheet's part, handing the wanted cells to `sink`. */
export type SheetPass = (sink: CellSink) => Promise<ScannedSheet>;

interface CellData {
  readonly value: CellValue;
  readonly numberFormat: string;
  readonly formula: string | null;
}

const EMPTY_CELL: CellData = { value: null, numberFormat: "General", formula: null };

export async function readSheetRanges(pass: SheetPass, requests: readonly RangeRequest[], budget: CellBudget): Promise<Grid[]> {
  // One builder per distinct rectangle: 20,000 names over one table read its cells once, into one grid.
  const byRect = new Map<string, GridBuilder>();
  const builderOf = requests.map(({ rect }) => {
    const key = `${rect.top},${rect.left},${rect.bottom},${rect.right}`;
    let builder = byRect.get(key);
    if (builder === undefined) byRect.set(key, (builder = new GridBuilder(rect)));
    return builder;
  });
  const builders = [...byRect.values()];
  const sweep = new RowSweep(builders);
  const sheet = await pass({
    wants: (row, col) => sweep.at(row).some((b) => b.containsColumn(col)),
    cell(row, col, value, numberFormat, formula, indent) {
      for (const b of sweep.at(row)) if (b.containsColumn(col)) b.put(row, col, value, numberFormat, formula, indent);
    },
  });
  let { lastRow, lastCol } = sheet;
  const topLefts = await topLeftCells(pass, sheet, builders);
  for (const area of sheet.merges) {
    const topLeft = topLefts.get(positionKey(area.top, area.left));
    if (topLeft === undefined || (topLeft.value === null && topLeft.formula === null)) continue;
    lastRow = Math.max(lastRow, area.bottom);
    lastCol = Math.max(lastCol, area.right);
  }
  // Every grid is counted before any is made: a grid past the budget is never allocated.
  for (const b of builders) budget.spend(b.rect.sheet, b.clipped(lastRow, lastCol));
  const grids = new Map(builders.map((b) => [b, b.build(lastRow, lastCol, sheet.merges, topLefts)]));
  const beyond = sheet.beyond === null ? {} : { beyondLimits: sheet.beyond };
  return requests.map((request, i) => ({ ...grids.get(builderOf[i])!, name: request.name, ...beyond }));
}

const positionKey = (row: number, col: number) => row * 16_384 + col;

/**
 * The grids whose rows hold a given row, for rows met in order as a sheet's part lists them: each grid joins
 * when the rows reach its top and leaves past its bottom, so a cell costs the grids on its row, not all of them.
 * Rows out of order (no writer we know of does that) start the sweep over.
 */
class RowSweep {
  private readonly byTop: readonly GridBuilder[];
  private next = 0;
  private row = -1;
  private active: GridBuilder[] = [];

  constructor(builders: readonly GridBuilder[]) {
    this.byTop = [...builders].sort((a, b) => a.rect.top - b.rect.top);
  }

  at(row: number): readonly GridBuilder[] {
    if (row === this.row) return this.active;
    if (row < this.row) {
      this.next = 0;
      this.active = [];
    }
    const active = this.active.filter((b) => b.rect.bottom >= row);
    while (this.next < this.byTop.length && this.byTop[this.next].rect.top <= row) {
      const b = this.byTop[this.next++];
      if (b.rect.bottom >= row) active.push(b);
    }
    this.row = row;
    this.active = active;
    return active;
  }
}

/**
 * The top-left cell of every merged area that reaches into a grid or past the cells in use, by position: from
 * the grids, else from a second pass when one is needed at all.
 */
async function topLeftCells(pass: SheetPass, sheet: ScannedSheet, builders: readonly GridBuilder[]): Promise<Map<number, CellData>> {
  const cells = new Map<number, CellData>();
  const missing = new Set<number>();
  for (const area of sheet.merges) {
    const key = positionKey(area.top, area.left);
    const holder = builders.find((b) => b.contains(area.top, area.left));
    if (holder !== undefined) cells.set(key, holder.at(area.top, area.left));
    else if (area.bottom > sheet.lastRow || area.right > sheet.lastCol || builders.some((b) => b.overlaps(area))) missing.add(key);
  }
  if (missing.size > 0) {
    await pass({
      wants: (row, col) => missing.has(positionKey(row, col)),
      cell(row, col, value, numberFormat, formula) {
        cells.set(positionKey(row, col), { value, numberFormat, formula });
      },
    });
    // A top-left cell the part does not hold at all is empty.
    for (const key of missing) if (!cells.has(key)) cells.set(key, EMPTY_CELL);
  }
  return cells;
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
  /** Indented cells holding a value, in the order the part lists them: by row, then column. */
  private readonly indents: CellIndent[] = [];

  constructor(readonly rect: SheetRect) {}

  contains(row: number, col: number): boolean {
    const { rect } = this;
    return row >= rect.top && row <= rect.bottom && this.containsColumn(col);
  }

  containsColumn(col: number): boolean {
    return col >= this.rect.left && col <= this.rect.right;
  }

  overlaps(area: CellRect): boolean {
    const { rect } = this;
    return area.top <= rect.bottom && area.bottom >= rect.top && area.left <= rect.right && area.right >= rect.left;
  }

  put(row: number, col: number, value: CellValue, numberFormat: string, formula: string | null, indent: number): void {
    const r = row - this.rect.top;
    const c = col - this.rect.left;
    // An empty cell's indent says nothing about a row: only cells holding a value count, in both adapters.
    if (indent > 0 && (value !== null || formula !== null)) this.indents.push({ row: r, col: c, level: indent });
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
    const r = row - this.rect.top;
    const c = col - this.rect.left;
    const values = this.values[r];
    if (values === undefined || c >= values.length) return EMPTY_CELL;
    return { value: values[c], numberFormat: this.numberFormats[r][c] ?? "General", formula: this.formulas[r]?.[c] ?? null };
  }

  /** The part of the rectangle in use: clipped at the bottom and right to the sheet's last row and column. */
  clipped(lastRow: number, lastCol: number): CellRect {
    const { top, left, bottom, right } = this.rect;
    return { top, left, bottom: Math.min(bottom, lastRow), right: Math.min(right, lastCol) };
  }

  /** The grid, named for the first request of its rectangle (the caller renames it for each). */
  build(lastRow: number, lastCol: number, merges: readonly CellRect[], topLefts: ReadonlyMap<number, CellData>): Grid {
    const { rect } = this;
    const grid = { name: "", sheet: rect.sheet, top: rect.top, left: rect.left };
    const { bottom, right } = this.clipped(lastRow, lastCol);
    if (bottom < rect.top || right < rect.left) return { ...grid, values: [], numberFormats: [], formulas: [] };
    this.shareFormats(this.filling);
    const formulas = this.fit(bottom - rect.top + 1, right - rect.left + 1);
    const region = { top: rect.top, left: rect.left, bottom, right };
    const inGrid = mergesInGrid(merges, region, (row, col) => {
      const cell = topLefts.get(positionKey(row, col));
      return cell && { value: cell.value, numberFormat: cell.numberFormat };
    });
    const indents = this.indents.filter((cell) => cell.row <= bottom - rect.top && cell.col <= right - rect.left);
    return { ...grid, values: this.values, numberFormats: this.numberFormats, formulas, merges: inGrid, ...(indents.length > 0 && { indents }) };
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
