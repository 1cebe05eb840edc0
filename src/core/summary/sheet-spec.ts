/**
 * A host-neutral description of a sheet to write: what the Excel writer (Office.js) and the file writer
 * (.xlsx) both render. No ExcelJS or Office types here; positions are zero-based.
 */
import type { CellRect } from "../address";
import { finish, PIECE_CELLS, type Pieces } from "../pieces";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** `#RRGGBB`. */
  readonly fontColor?: string;
  readonly underline?: boolean;
  /** Solid fill, `#RRGGBB`. */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Excel's indent level (one step is about a character's width), for text aligned left. */
  readonly indent?: number;
  /** Thin borders on these edges. */
  readonly border?: { readonly top?: boolean; readonly bottom?: boolean; readonly left?: boolean; readonly right?: boolean };
  /** A medium rule under the cell, as under a header or over a total. */
  readonly thickBottom?: boolean;
  readonly thickTop?: boolean;
}

/**
 * A cell's content. Text from the workbook is always `{ text }`: written as a string, never parsed, so a label
 * that starts with `=` stays a label. A formula carries the value it computes to, so readers that do not
 * calculate (and the printed page before Excel recalculates) show the right figure.
 */
export type CellContent =
  | { readonly text: string }
  | { readonly number: number }
  | { readonly formula: string; readonly result: number | string }
  /** A date, written as an Excel serial with a date format. */
  | { readonly date: number };

export interface SpecCell {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
  /** Key into the sheet's `styles`. */
  readonly style?: string;
  /** A link to a cell of the workbook, of another sheet we write (by its role), or of another workbook. */
  readonly link?: SpecLink;
}

export type SpecLink =
  | { readonly sheet: string; readonly cell: string }
  | { readonly role: SheetRole; readonly cell: string }
  /** A cell of another workbook; `file` is its path relative to the workbook written, folders split by `/`. */
  | { readonly file: string; readonly sheet: string; readonly cell: string };

export interface DataBar extends CellRect {
  readonly kind: "dataBar";
  /** `#RRGGBB`. */
  readonly color: string;
  /** The values the bar spans (a rate runs from 0 to 1). */
  readonly min: number;
  readonly max: number;
}

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit all columns on one page width; as many pages tall as it takes. */
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page (zero-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** What prints: the tables, not the charts beside them. */
  readonly area?: CellRect;
  /**
   * The page footer's sections, in Excel's header and footer codes (`&P` the page, `&N` the pages, `&D` the date
   * printed), which Office.js's `headersFooters` and the file's `<oddFooter>` both take as they are.
   */
  readonly footer?: { readonly center?: string; readonly right?: string };
  /** Rows a printed page starts at (zero-based), a manual page break above each: none inside a small table. */
  readonly rowBreaks?: readonly number[];
}

/** A native chart, where the host draws one (Excel does; the file writer may skip it). */
export interface ChartSpec {
  readonly kind: "bar" | "column";
  readonly title: string;
  /** Category labels and values, both ranges on this sheet. */
  readonly categories: CellRect;
  readonly values: CellRect;
  /** Where it is placed: the cell range it covers. */
  readonly anchor: CellRect;
}

export interface SheetSpec {
  /** The sheet name wanted; the writer may have to take the next free one (`요약 (2)`). */
  readonly name: string;
  /** Which of our sheets this is: the marker a writer keeps so it can replace it next time. */
  readonly role: SheetRole;
  readonly cells: readonly SpecCell[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly merges: readonly CellRect[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by row; rows not listed keep the default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Rows and columns frozen above and left of the scrolling area. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly conditionalFormats: readonly DataBar[];
  readonly charts: readonly ChartSpec[];
  readonly print: PrintSetup;
}

export type SheetRole = "summary" | "replacementPlan" | "findings";

/** The sheets Generate summary writes: the summary first, then any companion list sheets it links to. */
export interface SummaryBook {
  readonly sheets: readonly SheetSpec[];
}

/**
 * The smallest range holding every cell and merge of a sheet, or null for an empty one. A loop, not
 * `Math.max(...)`: a findings sheet of a large register has more cells than a call's arguments may number.
 */
export function specExtent(spec: Pick<SheetSpec, "cells" | "merges">): CellRect | null {
  return finish(specExtentPieces(spec));
}

/** `specExtent`, pausing every `PIECE_CELLS` cells or merges. */
export function* specExtentPieces(spec: Pick<SheetSpec, "cells" | "merges">): Pieces<CellRect | null> {
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  const { cells, merges } = spec;
  for (let i = 0; i < cells.length; i++) {
    if (i > 0 && i % PIECE_CELLS === 0) yield;
    const { row, col } = cells[i];
    if (row < top) top = row;
    if (col < left) left = col;
    if (row > bottom) bottom = row;
    if (col > right) right = col;
  }
  for (let i = 0; i < merges.length; i++) {
    if (i > 0 && i % PIECE_CELLS === 0) yield;
    const merge = merges[i];
    if (merge.top < top) top = merge.top;
    if (merge.left < left) left = merge.left;
    if (merge.bottom > bottom) bottom = merge.bottom;
    if (merge.right > right) right = merge.right;
  }
  return top > bottom ? null : { top, left, bottom, right };
}
