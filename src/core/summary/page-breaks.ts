/**
 * Where the printed pages of a summary sheet break, so that no small table (a header, its rows and its 계) is
 * split across two pages and no heading ends a page. The sheet is printed on A4 portrait, one page wide: the page
 * holds as many rows as its height over the scale that fits the columns to its width. The scale depends on the
 * workbook's default font, which the core does not know: it is reckoned for the narrowest digit (Calibri's), the
 * largest scale and so the fewest rows a page, with a little room kept, so that a page we fill is never broken
 * by the host before our own break (a wider font, 맑은 고딕's, leaves some room at the foot of the page). A table
 * taller than a page flows on, broken between rows.
 */
import type { CellRect } from "../address";

/** A4 portrait, in points, less the margins both writers set (0.7 in at the sides, 0.75 in at top and bottom). */
const PAGE_WIDTH = 595 - 2 * 0.7 * 72;
const PAGE_HEIGHT = 842 - 2 * 0.75 * 72;
/**
 * The points of a column N characters wide: N of the default font's digits and 5 pixels of padding, at 0.75 points
 * a pixel. Calibri 11's digit is 7 pixels wide, 맑은 고딕 11's 8.
 */
const columnPoints = (width: number) => (width * 7 + 5) * 0.75;
/** Room kept for what the reckoning cannot know: the host's fonts and row heights. */
const SAFETY = 0.96;
/** Past this, a table taller than a page is not moved to a new page: only kept from starting with fewer rows. */
const MIN_ROWS_ON_PAGE = 4;

export interface PrintedRows {
  /** The printed rows (the print area's), zero-based, inclusive. */
  readonly area: Pick<CellRect, "top" | "bottom">;
  /** How tall each row will print, in points, unscaled. */
  heightOf(row: number): number;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** The rows printed again at the top of every page after the first. */
  readonly titleRows: number;
  /** Runs of rows that should print on one page: a table, with the headings above it. */
  readonly blocks: readonly { readonly first: number; readonly last: number }[];
}

/** The rows each page after the first starts at (zero-based), a manual page break above each. */
export function pageBreaks(sheet: PrintedRows): number[] {
  const width = sheet.columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const scale = Math.min(1, PAGE_WIDTH / width);
  const titles = Array.from({ length: sheet.titleRows }, (_, i) => sheet.heightOf(i)).reduce((a, h) => a + h, 0);
  const page = (PAGE_HEIGHT / scale) * SAFETY;
  const blockAt = new Map(sheet.blocks.map((b) => [b.first, b]));
  const breaks: number[] = [];
  let room = page;
  const newPage = (row: number) => {
    breaks.push(row);
    room = page - titles;
  };
  for (let row = sheet.area.top; row <= sheet.area.bottom; row++) {
    const block = blockAt.get(row);
    if (block !== undefined && row > sheet.area.top) {
      const height = rowsHeight(sheet, block.first, block.last);
      const fitsAPage = height <= page - titles;
      const start = rowsHeight(sheet, block.first, Math.min(block.last, block.first + MIN_ROWS_ON_PAGE - 1));
      if ((fitsAPage && height > room) || (!fitsAPage && start > room)) newPage(row);
    }
    const height = sheet.heightOf(row);
    if (height > room && row > sheet.area.top && breaks.at(-1) !== row) newPage(row);
    room -= height;
  }
  return breaks;
}

function rowsHeight(sheet: PrintedRows, first: number, last: number): number {
  let height = 0;
  for (let row = first; row <= last; row++) height += sheet.heightOf(row);
  return height;
}
