/**
 * The grids of the rectangles requested on one worksheet, from one streamed pass over its part: each grid is
 * clipped to the sheet's used area (the last row and column holding a value, a merged area counting whole when
 * its top-left cell holds one; formatting alone does not count) and lists the merged areas reaching into it.
 * A grid of more than a million cells that is mostly runs of empty rows and columns (a whole-sheet name with one
 * far cell) is read sparse: those runs left out (`core/sparse-axes.ts`), the sheet row and column of each row and
 * column kept listed.
 * A sheet's merged areas are listed after its cells: when one needs a top-left cell outside every requested
 * rectangle, which is rare, the part is read a second time for just those cells.
 */
import type { CellRect } from "../../../core/address";
import type { CellIndent, CellValue, Grid, MergedArea } from "../../../core/grid";
import { gridColAt, gridColAtOrAfter, gridColAtOrBefore, gridRowAt, gridRowAtOrAfter, gridRowAtOrBefore } from "../../../core/grid-axes";
import { keptPositions } from "../../../core/sparse-axes";
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
  const layouts = builders.map((b) => b.layout(lastRow, lastCol, budget));
  const grids = new Map(builders.map((b, i) => [b, b.build(layouts[i], sheet.merges, topLefts)]));
  const beyond = sheet.beyond === null ? {} : { beyondLimits: sheet.beyond };
  return requests.map((request, i) => ({ ...grids.get(builderOf[i])!, name: request.name, ...beyond }));
}

const positionKey = (row: number, col: number) => row * 16_384 + col;

/**
 * Grids up to this many cells (about 64 MB) are always dense, as every grid was before sparse reads: a register of
 * 100,000 lots in twelve columns (1.2 million) has no runs of empty rows, so it stays dense past it too.
 */
const SPARSE_FROM_CELLS = 1_000_000;

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

/** A cell kept apart from its row's packed arrays (`GridBuilder.farCells`), its column grid-relative. */
interface FarCell extends CellData {
  readonly col: number;
}

/**
 * Cells of a row listed this many empty columns past its last one are kept apart: a packed row fills every
 * column before a cell, which for a value at XFD would be 16,384 slots a row.
 */
const PACKED_GAP = 256;

/**
 * A row's far cells written into the last row of each dense list (just fitted to `width`). The formats may be
 * shared with another row, and the formulas may be the shared row of nulls: both are copied first.
 */
function placeFarCells(far: readonly FarCell[], values: CellValue[][], numberFormats: string[][], formulas: (string | null)[][], width: number): void {
  const last = values.length - 1;
  const formats = (numberFormats[last] = [...numberFormats[last]]);
  const rowFormulas = (formulas[last] = [...formulas[last]]);
  for (const cell of far) {
    if (cell.col >= width) continue;
    values[last][cell.col] = cell.value;
    formats[cell.col] = cell.numberFormat;
    rowFormulas[cell.col] = cell.formula;
  }
}

/** How a grid is made: over its used part, dense, or sparse keeping only the listed rows and columns (grid-relative). */
interface GridLayout {
  readonly used: CellRect;
  readonly kept?: { readonly rows: readonly number[]; readonly cols: readonly number[] };
}

/**
 * A grid being filled, as the sheet's cells come. Only rows holding cells are stored, so one far cell costs a
 * row, not a million. Formats and formulas repeat down a table (a register's rows hold the same formats and no
 * formulas), and a grid of 100,000 rows would otherwise hold 200,000 arrays of them: a row of formats equal to
 * the row stored before it shares its array, and a row without formulas shares one row of nulls. No one writes
 * into a grid's rows once it is built; until then, writes copy first.
 */
class GridBuilder {
  /** The grid row of each stored row, ascending; the arrays below are indexed alike. */
  private readonly rowAt: number[] = [];
  private readonly values: CellValue[][] = [];
  private readonly numberFormats: string[][] = [];
  /** Undefined for a row without any formula so far. */
  private readonly formulas: ((string | null)[] | undefined)[] = [];
  /** The grid row being filled: when the cells move on to another, it may share the formats of the one before. */
  private filling = -1;
  /** Indented cells holding a value, in the order the part lists them: by row, then column. */
  private readonly indents: CellIndent[] = [];
  /**
   * By grid row, the cells listed after a gap of more than PACKED_GAP empty columns: a row with a value at A and
   * one at XFD holds two cells, not 16,384, whether its grid is then made dense or sparse.
   */
  private readonly farCells = new Map<number, FarCell[]>();

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
      this.shareFormats(this.stored(this.filling));
      this.filling = r;
    }
    const i = this.storedOrAdded(r);
    const values = this.values[i];
    const far = this.farCells.get(r);
    if (far !== undefined || c > values.length + PACKED_GAP) {
      const cell = { col: c, value, numberFormat, formula };
      if (far === undefined) this.farCells.set(r, [cell]);
      else far.push(cell);
      return;
    }
    const formats = this.ownFormats(i);
    // Rows stay packed arrays: the columns before a cell are filled as they are passed.
    while (values.length < c) values.push(null);
    while (formats.length < c) formats.push("General");
    values[c] = value;
    formats[c] = numberFormat;
    let formulas = this.formulas[i];
    if (formula !== null) formulas = this.formulas[i] ??= [];
    if (formulas !== undefined) {
      while (formulas.length < c) formulas.push(null);
      formulas[c] = formula;
    }
  }

  /** What the grid holds so far at a sheet position inside the request. */
  at(row: number, col: number): CellData {
    const r = row - this.rect.top;
    const i = this.stored(r);
    const c = col - this.rect.left;
    const values = this.values[i];
    if (values === undefined) return EMPTY_CELL;
    if (c >= values.length) return this.farCells.get(r)?.find((cell) => cell.col === c) ?? EMPTY_CELL;
    return { value: values[c], numberFormat: this.numberFormats[i][c] ?? "General", formula: this.formulas[i]?.[c] ?? null };
  }

  /** The part of the rectangle in use: clipped at the bottom and right to the sheet's last row and column. */
  clipped(lastRow: number, lastCol: number): CellRect {
    const { top, left, bottom, right } = this.rect;
    return { top, left, bottom: Math.min(bottom, lastRow), right: Math.min(right, lastCol) };
  }

  /**
   * Dense, unless the grid is large and mostly runs of empty rows and columns (a whole-column or whole-sheet
   * name with a far cell): then sparse, which keeps every cell holding something. Counted against the budget
   * either way, before it is made.
   */
  layout(lastRow: number, lastCol: number, budget: CellBudget): GridLayout {
    const used = this.clipped(lastRow, lastCol);
    const height = used.bottom - used.top + 1;
    const width = used.right - used.left + 1;
    const dense = Math.max(0, height) * Math.max(0, width);
    const kept = dense > SPARSE_FROM_CELLS ? this.keptAxes(height, width) : undefined;
    if (kept === undefined || kept.rows.length * kept.cols.length > dense / 2) {
      budget.spend(this.rect.sheet, used);
      return { used };
    }
    budget.spend(this.rect.sheet, used, kept.rows.length * kept.cols.length);
    return { used, kept };
  }

  /** The rows and columns a sparse grid of the used part keeps (`core/sparse-axes.ts`). */
  private keptAxes(height: number, width: number): NonNullable<GridLayout["kept"]> {
    const rowsInUse: number[] = [];
    const colsInUse = new Set<number>();
    this.values.forEach((values, i) => {
      const r = this.rowAt[i];
      if (r >= height) return;
      const formulas = this.formulas[i];
      let inUse = false;
      for (let c = 0; c < Math.min(values.length, width); c++) {
        if (values[c] === null && (formulas?.[c] ?? null) === null) continue;
        inUse = true;
        colsInUse.add(c);
      }
      for (const cell of this.farCells.get(r) ?? []) {
        if (cell.col >= width || (cell.value === null && cell.formula === null)) continue;
        inUse = true;
        colsInUse.add(cell.col);
      }
      if (inUse) rowsInUse.push(r);
    });
    return { rows: keptPositions(rowsInUse, height), cols: keptPositions([...colsInUse].sort((a, b) => a - b), width) };
  }

  /** The grid, named for the first request of its rectangle (the caller renames it for each). */
  build(layout: GridLayout, merges: readonly CellRect[], topLefts: ReadonlyMap<number, CellData>): Grid {
    const { rect } = this;
    const { used, kept } = layout;
    const grid = { name: "", sheet: rect.sheet, top: rect.top, left: rect.left };
    if (used.bottom < rect.top || used.right < rect.left) return { ...grid, values: [], numberFormats: [], formulas: [] };
    this.shareFormats(this.stored(this.filling));
    const height = used.bottom - rect.top + 1;
    const rows = kept?.rows ?? Array.from({ length: height }, (_, r) => r);
    const cols = kept?.cols;
    const width = cols?.length ?? used.right - rect.left + 1;
    const axes = kept && { sheetRows: kept.rows.map((r) => rect.top + r), sheetCols: kept.cols.map((c) => rect.left + c) };
    const cells = this.cellsOf(rows, cols, width);
    const shaped = { ...grid, ...axes, ...cells };
    const inGrid = mergesInGrid(merges, used, (row, col) => {
      const cell = topLefts.get(positionKey(row, col));
      return cell && { value: cell.value, numberFormat: cell.numberFormat };
    });
    const indents = this.indents.filter((cell) => cell.row < height && cell.col <= used.right - rect.left);
    const placed = kept ? sparseMerges(shaped, inGrid) : inGrid;
    const placedIndents = kept ? sparseIndents(shaped, indents) : indents;
    return { ...shaped, merges: placed, ...(placedIndents.length > 0 && { indents: placedIndents }) };
  }

  /**
   * The stored rows laid out as the grid's `rows` (grid-relative, ascending), each cut to the kept columns or
   * fitted to `width`; a row stored nowhere is empty.
   */
  private cellsOf(rows: readonly number[], cols: readonly number[] | undefined, width: number) {
    const noFormulas: null[] = new Array<null>(width).fill(null);
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const formulas: (string | null)[][] = [];
    let i = 0;
    for (const r of rows) {
      while (i < this.rowAt.length && this.rowAt[i] < r) i++;
      const stored = this.rowAt[i] === r;
      const rowValues = stored ? this.values[i] : [];
      const rowFormats = stored ? this.numberFormats[i] : [];
      const rowFormulas = stored ? this.formulas[i] : undefined;
      const far = this.farCells.get(r);
      if (cols === undefined) {
        values.push(fitRow(rowValues, width, null));
        // A shared row of formats is fitted once: the rows after find it fitted already.
        numberFormats.push(fitRow(rowFormats, width, "General"));
        formulas.push(rowFormulas === undefined ? noFormulas : fitRow(rowFormulas, width, null));
        if (far !== undefined) placeFarCells(far, values, numberFormats, formulas, width);
      } else {
        const farAt = new Map(far?.map((cell) => [cell.col, cell]));
        const at = <T>(packed: readonly T[] | undefined, c: number, of: (cell: FarCell) => T, empty: T): T =>
          c < (packed?.length ?? 0) ? packed![c] ?? empty : farAt.has(c) ? of(farAt.get(c)!) : empty;
        values.push(cols.map((c) => at(rowValues, c, (cell) => cell.value, null)));
        numberFormats.push(cols.map((c) => at(rowFormats, c, (cell) => cell.numberFormat, "General")));
        const anyFormula = rowFormulas !== undefined || far?.some((cell) => cell.formula !== null);
        formulas.push(anyFormula ? cols.map((c) => at(rowFormulas, c, (cell) => cell.formula, null)) : noFormulas);
      }
    }
    return { values, numberFormats, formulas };
  }

  /** The index of grid row `r` among the stored rows, or -1. */
  private stored(r: number): number {
    const last = this.rowAt.length - 1;
    if (last >= 0 && this.rowAt[last] === r) return last;
    const i = this.insertionPoint(r);
    return this.rowAt[i] === r ? i : -1;
  }

  /** The index of grid row `r` among the stored rows, stored now if it was not. */
  private storedOrAdded(r: number): number {
    const last = this.rowAt.length - 1;
    if (last < 0 || this.rowAt[last] < r) {
      this.addRow(this.rowAt.length, r);
      return last + 1;
    }
    const i = this.insertionPoint(r);
    // Rows out of order (no writer we know of does that) are stored in place.
    if (this.rowAt[i] !== r) this.addRow(i, r);
    return i;
  }

  /** The first stored index whose grid row is at or after `r`. */
  private insertionPoint(r: number): number {
    let low = 0;
    let high = this.rowAt.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.rowAt[mid] < r) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Stored row `i`'s formats may become those of the row stored before it, if they are the same. */
  private shareFormats(i: number): void {
    const before = this.numberFormats[i - 1];
    const formats = this.numberFormats[i];
    if (i < 1 || before === undefined || formats === undefined || before === formats || before.length !== formats.length) return;
    for (let c = 0; c < formats.length; c++) if (formats[c] !== before[c]) return;
    this.numberFormats[i] = before;
  }

  /** Stored row `i`'s formats, its own to write into. */
  private ownFormats(i: number): string[] {
    const formats = this.numberFormats[i];
    if (formats !== this.numberFormats[i - 1] && formats !== this.numberFormats[i + 1]) return formats;
    return (this.numberFormats[i] = [...formats]);
  }

  private addRow(i: number, r: number): void {
    if (i === this.rowAt.length) {
      this.rowAt.push(r);
      this.values.push([]);
      this.numberFormats.push([]);
      this.formulas.push(undefined);
      return;
    }
    this.rowAt.splice(i, 0, r);
    this.values.splice(i, 0, []);
    this.numberFormats.splice(i, 0, []);
    this.formulas.splice(i, 0, undefined);
  }
}

/**
 * Merged areas given in the used part's own coordinates, placed in a sparse grid: each clipped to the rows and
 * columns kept. An area whose top-left cell lies in the grid but was left out has an empty top-left cell (every
 * cell holding something is kept): it spreads nothing and is left out.
 */
function sparseMerges(grid: Grid, areas: readonly MergedArea[]): MergedArea[] {
  const placed: MergedArea[] = [];
  for (const area of areas) {
    const topLeftInside = area.topLeft === undefined;
    if (topLeftInside && (gridRowAt(grid, grid.top + area.top) === undefined || gridColAt(grid, grid.left + area.left) === undefined)) continue;
    const top = gridRowAtOrAfter(grid, grid.top + area.top);
    const left = gridColAtOrAfter(grid, grid.left + area.left);
    const bottom = gridRowAtOrBefore(grid, grid.top + area.bottom);
    const right = gridColAtOrBefore(grid, grid.left + area.right);
    if (top <= bottom && left <= right) placed.push({ ...area, top, left, bottom, right });
  }
  return placed;
}

/** Indents given in the used part's own coordinates, placed in a sparse grid (an indented cell holds a value, so it is kept). */
function sparseIndents(grid: Grid, indents: readonly CellIndent[]): CellIndent[] {
  const placed: CellIndent[] = [];
  for (const cell of indents) {
    const row = gridRowAt(grid, grid.top + cell.row);
    const col = gridColAt(grid, grid.left + cell.col);
    if (row !== undefined && col !== undefined) placed.push({ ...cell, row, col });
  }
  return placed;
}

/** Pads or cuts a row to `width`. */
function fitRow<T>(row: T[], width: number, empty: T): T[] {
  if (row.length > width) row.length = width;
  while (row.length < width) row.push(empty);
  return row;
}
