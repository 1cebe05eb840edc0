/**
 * The plain model behind the fake Excel host: what a workbook holds, as data a test can build, inspect and
 * compare (and a preview can render). The proxies of `objects/` read and change it at `context.sync()`.
 */
import { a1, type CellRect } from "../core/address";
import { LAST_COLUMN } from "./address";

/** A cell's calculated value: text, a number (dates are serials), a boolean, or an error such as `#N/A`. */
export type FakeValue = number | string | boolean | { readonly error: string };

export interface FakeBorder {
  /** `Continuous`, `Dash`, … as Office.js names them. */
  readonly style: string;
  /** `Thin`, `Medium`, `Thick`, `Hairline`. */
  readonly weight: string;
  readonly color: string;
}

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB`. */
  color?: string;
  size?: number;
  /** `None`, `Single`, `Double`, … */
  underline?: string;
  name?: string;
}

export interface FakeCellFormat {
  /** Solid fill, `#RRGGBB`. */
  fill?: string;
  font?: FakeFont;
  borders?: Partial<Record<BorderEdge, FakeBorder>>;
  /** `General`, `Left`, `Center`, `Right`, … */
  horizontalAlignment?: string;
  /** `Top`, `Center`, `Bottom`, … */
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Excel's indent level, 0 to 250; absent for 0. */
  indentLevel?: number;
}

export interface FakeHyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface FakeCell {
  /** Absent for an empty cell. A formula cell holds its (cached or calculated) result here. */
  value?: FakeValue;
  /** With its leading `=`. */
  formula?: string;
  /** Absent: `General`. */
  numberFormat?: string;
  format?: FakeCellFormat;
  hyperlink?: FakeHyperlink;
  /** Entered with a leading apostrophe: text that Excel would otherwise have parsed. */
  quotePrefix?: boolean;
}

export interface FakeDataBar {
  readonly type: "DataBar";
  /** A1 address on the sheet, `E5:E9`. */
  readonly range: string;
  lowerBound: { type: string; formula?: string };
  upperBound: { type: string; formula?: string };
  fillColor?: string;
}

export interface FakeChartSeries {
  name?: string;
  /** A1 addresses on the chart's sheet. */
  values: string;
  xValues?: string;
}

export interface FakeChart {
  readonly name: string;
  /** `BarClustered`, `ColumnClustered`, … */
  type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: { text?: string; visible: boolean };
  legendVisible: boolean;
  series: FakeChartSeries[];
  /** The cells the chart covers, `K3:Q17`, once `setPosition` placed it. */
  position?: { start: string; end?: string };
}

export interface FakePageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** `$1:$3`. */
  printTitleRows?: string;
  /** `A1:I40`. */
  printArea?: string;
  /** `headersFooters.defaultForAllPages`: each section as set, in Excel's codes (`- &P / &N -`). */
  headerFooter: Partial<Record<HeaderFooterSection, string>>;
  /** `horizontalPageBreaks`: the rows (one-based) a manual page break is set above. */
  rowBreaks?: number[];
}

export const HEADER_FOOTER_SECTIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
export type HeaderFooterSection = (typeof HEADER_FOOTER_SECTIONS)[number];

export interface FakeSheet {
  /** Stable across renames, as `Worksheet.id` is. */
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Keyed by A1 address without `$`. */
  cells: Record<string, FakeCell>;
  /** Merged areas, `A1:D1`. */
  merges: string[];
  /** Points, by zero-based column; absent: the standard width. */
  columnWidths: Record<number, number>;
  /** Points, by zero-based row. */
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number };
  pageLayout: FakePageLayout;
  conditionalFormats: FakeDataBar[];
  charts: FakeChart[];
  /** Excel tables (ListObjects) on the sheet: `Worksheet.tables`; `Workbook.tables` lists every sheet's. */
  tables: FakeTable[];
}

/** An Excel table: its range holds the header row when shown and the totals row (its last row) when shown. */
export interface FakeTable {
  name: string;
  rect: CellRect;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface FakeName {
  name: string;
  /** The sheet a sheet-scoped name belongs to; undefined for the workbook scope. */
  scopeSheet?: string;
  /** With its leading `=`: `=예산!$A$3:$D$9`, `=#REF!`, `=0.5`. */
  formula: string;
  visible: boolean;
  comment?: string;
}

export interface FakeWorkbook {
  /** In tab order. */
  sheets: FakeSheet[];
  names: FakeName[];
  /** The active sheet's name. */
  activeSheet: string;
  /** The selected range, as an address on `sheet`. */
  selection: { sheet: string; address: string };
  /** `workbook.customXmlParts`, created when first used. */
  customXmlParts?: FakeCustomXmlPart[];
  /** `Office.context.document.settings` as last saved into the document (`fakeDocumentSettings`), as JSON. */
  documentSettings?: Record<string, string>;
}

export interface FakeCustomXmlPart {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

/** Excel's standard column width (8.43 characters of Calibri 11) and row height, in points. */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;

export function newSheet(name: string, id: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    freeze: { rows: 0, columns: 0 },
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, headerFooter: {} },
    conditionalFormats: [],
    charts: [],
    tables: [],
  };
}

/** A workbook of sheets built from plain cell maps: `{ 예산: { A1: "사업", B2: 1200 } }`. */
export function fakeWorkbookOf(sheets: Record<string, Record<string, FakeValue | FakeCell>>, names: FakeName[] = []): FakeWorkbook {
  const built = Object.entries(sheets).map(([name, cells], i) => {
    const sheet = newSheet(name, sheetId(i + 1));
    for (const [address, cell] of Object.entries(cells)) {
      sheet.cells[address] = typeof cell === "object" && !("error" in cell) ? cell : { value: cell };
    }
    return sheet;
  });
  const first = built[0]?.name ?? "";
  return { sheets: built, names, activeSheet: first, selection: { sheet: first, address: "A1" } };
}

export function sheetId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

export function findSheet(workbook: FakeWorkbook, name: string): FakeSheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells[a1(row, col)];
}

/** The cell, created when missing, for a write. */
export function cellFor(sheet: FakeSheet, row: number, col: number): FakeCell {
  const address = a1(row, col);
  return (sheet.cells[address] ??= {});
}

/** The cells holding a value (`valuesOnly`) or anything at all; null for a sheet with none. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRect | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  // Asked at every read of a sheet, whose cells run to a million: nothing is made per cell (no entry arrays, no
  // parsed addresses), since the fake host's garbage is collected on the pane's thread, in Excel it is not.
  for (const address in sheet.cells) {
    const cell = sheet.cells[address];
    // A formula counts even before it has a value, as Excel calculates it.
    const holds = cell.value !== undefined || cell.formula !== undefined;
    const counts = valuesOnly ? holds : holds || cell.format !== undefined || cell.numberFormat !== undefined;
    if (!counts) continue;
    const packed = packedCell(address);
    const row = Math.floor(packed / COLUMNS);
    const col = packed % COLUMNS;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return top > bottom ? null : { top, left, bottom, right };
}

/** A sheet's columns: a cell packed as `row * COLUMNS + col`. */
const COLUMNS = LAST_COLUMN + 1;

/** A cell's key (`B12`, as `a1` writes it) read as a packed row and column, by its character codes. */
function packedCell(address: string): number {
  let col = 0;
  let i = 0;
  for (let code = address.charCodeAt(0); code >= 65 && code <= 90; code = address.charCodeAt(++i)) col = col * 26 + code - 64;
  let row = 0;
  for (; i < address.length; i++) row = row * 10 + address.charCodeAt(i) - 48;
  return (row - 1) * COLUMNS + col - 1;
}

export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const rect = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
}
