/**
 * One pass over a worksheet part, streamed: every cell's position, and the value, number format, formula and
 * indent level of the cells the caller wants, as the file stores them and Excel shows them: a formula's cached result (0,
 * false, "" and errors kept, whatever the cell's format), shared formulas moved to each cell that shares them,
 * rich text as its runs' text, numbers as stored (a 1904 workbook's dates moved to the 1900 system the core
 * reads), error values as `{ error }`. Cells nobody wants cost no value. The used area and the merged areas
 * come back for the caller to clip the grids and list them.
 */
import { columnIndex, columnLetters, type CellRect } from "../../../core/address";
import type { BeyondLimits, CellValue } from "../../../core/grid";
import { cutQuote } from "../../../core/messages";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../../core/names/reference";
import { isDateFormat } from "../../../core/values/cell-readers";
import type { CellStyles } from "./cell-styles";
import { moveSharedFormula } from "./shared-formula";
import type { SharedString } from "./shared-strings";
import { attributeOf, scanXml, type XmlHandler } from "./xml-scanner";

export interface SheetReadContext {
  /** Null when the workbook has no shared strings part: a `t="s"` cell then reads as its index. */
  readonly sharedStrings: readonly SharedString[] | null;
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

export interface CellSink {
  /** Whether the cell at this zero-based position is wanted; only those are read. */
  wants(row: number, col: number): boolean;
  /** A wanted cell; `formula` with its `=`, or null; `indent` its style's indent level, 0 when none. */
  cell(row: number, col: number, value: CellValue, numberFormat: string, formula: string | null, indent: number): void;
}

export interface ScannedSheet {
  /** Zero-based last row and column of a cell holding a value (merges not counted); -1 when none does. */
  readonly lastRow: number;
  readonly lastCol: number;
  /** Merged areas, zero-based sheet coordinates, in the order the part lists them. */
  readonly merges: readonly CellRect[];
  /** Cells and merged areas past Excel's last row or column, left out of all the above; null when there are none. */
  readonly beyond: BeyondLimits | null;
}

export async function scanSheet(chunks: AsyncIterable<string>, context: SheetReadContext, sink: CellSink): Promise<ScannedSheet> {
  const handler = new SheetHandler(context, sink);
  await scanXml(chunks, handler);
  return { lastRow: handler.lastRow, lastCol: handler.lastCol, merges: handler.merges, beyond: handler.beyond };
}

const NONE = 0;
const FORMULA_TEXT = 1;
const VALUE_TEXT = 2;
const RUN_TEXT = 3;

/** Days between the 1900 and the 1904 date systems' serial numbers for the same day. */
const DATE_1904_OFFSET = 1462;

class SheetHandler implements XmlHandler {
  lastRow = -1;
  lastCol = -1;
  readonly merges: CellRect[] = [];
  beyond: BeyondLimits | null = null;

  /** The cell being read lies past Excel's limits: it is counted, never read. */
  private pastLimits = false;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private cellRef: string | undefined;
  private styleIndex = NaN;
  private type: string | undefined;
  private formulaText: string | undefined;
  private shareType: string | undefined;
  private sharedIndex: string | undefined;
  private sharedRef: string | undefined;
  private valueText: string | undefined;
  private runs: string[] | undefined;
  private runText: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private capture = NONE;
  /** Shared formula masters by `si`, as the cells that share them find them: the latest one before them. */
  private readonly masters = new Map<string, { formula: string | undefined; address: string }>();

  constructor(
    private readonly context: SheetReadContext,
    private readonly sink: CellSink,
  ) {}

  get wantsText(): boolean {
    return this.capture !== NONE;
  }

  open(name: string, attributes: string): void {
    if (this.inCell) {
      this.openInCell(name, attributes);
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (this.inSheetData) {
          const r = attributeOf(attributes, "r");
          this.row = r === undefined ? this.row + 1 : parseInt(r, 10) - 1;
          this.col = -1;
        }
        break;
      case "c":
        if (this.inSheetData) this.startCell(attributes);
        break;
      case "mergeCell":
        this.addMerge(attributeOf(attributes, "ref"));
        break;
    }
  }

  private startCell(attributes: string): void {
    this.inCell = true;
    this.cellRef = attributeOf(attributes, "r");
    // The row is the row element's; the column is the reference's, else the one after the cell before.
    const col = this.cellRef === undefined ? -1 : columnOfReference(this.cellRef);
    this.col = col < 0 ? this.col + 1 : col;
    this.pastLimits = this.row >= EXCEL_MAX_ROWS || this.col >= EXCEL_MAX_COLUMNS;
    if (this.pastLimits) this.countBeyond(this.cellRef ?? `row ${this.row + 1}`);
    const s = attributeOf(attributes, "s");
    this.styleIndex = s === undefined ? NaN : parseInt(s, 10);
    this.type = attributeOf(attributes, "t");
    this.formulaText = undefined;
    this.shareType = undefined;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.valueText = undefined;
    this.runs = undefined;
    this.runText = undefined;
    this.inInline = false;
    this.phonetic = 0;
  }

  private openInCell(name: string, attributes: string): void {
    switch (name) {
      case "f":
        this.shareType = attributeOf(attributes, "t");
        this.sharedIndex = attributeOf(attributes, "si");
        this.sharedRef = attributeOf(attributes, "ref");
        this.capture = FORMULA_TEXT;
        break;
      case "v":
        this.capture = VALUE_TEXT;
        break;
      case "is":
        this.inInline = true;
        break;
      case "r":
        if (this.inInline) this.runText = "";
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0) this.capture = this.runText === undefined ? VALUE_TEXT : RUN_TEXT;
        break;
    }
  }

  text(text: string): void {
    switch (this.capture) {
      case FORMULA_TEXT:
        this.formulaText = this.formulaText === undefined ? text : this.formulaText + text;
        break;
      case VALUE_TEXT:
        this.valueText = this.valueText === undefined ? text : this.valueText + text;
        break;
      case RUN_TEXT:
        this.runText += text;
        break;
    }
  }

  close(name: string): void {
    if (!this.inCell) {
      if (name === "sheetData") this.inSheetData = false;
      return;
    }
    switch (name) {
      case "f":
      case "v":
      case "t":
        this.capture = NONE;
        break;
      case "r":
        if (this.runText !== undefined) (this.runs ??= []).push(unescapeRun(this.runText));
        this.runText = undefined;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "is":
        this.inInline = false;
        break;
      case "c":
        this.inCell = false;
        this.capture = NONE;
        this.endCell();
        break;
    }
  }

  private endCell(): void {
    if (this.pastLimits) return;
    const { row, col } = this;
    const isFormula = Boolean(this.formulaText) || Boolean(this.shareType);
    let master: { formula: string | undefined; address: string } | undefined;
    if (isFormula && this.shareType === "shared" && this.sharedIndex !== undefined) {
      if (this.sharedRef !== undefined) this.masters.set(this.sharedIndex, { formula: this.formulaText, address: this.address() });
      else master = this.masters.get(this.sharedIndex);
    }
    // A cell holds a value when it has a formula or a value; a styled empty cell is only formatting.
    const holdsValue = isFormula || this.valueText !== undefined || this.runs !== undefined;
    if (holdsValue) {
      if (row > this.lastRow) this.lastRow = row;
      if (col > this.lastCol) this.lastCol = col;
    }
    if (!this.sink.wants(row, col)) return;

    const numberFormat = this.context.styles.numberFormat(this.styleIndex);
    let value: CellValue = null;
    let formula: string | null = null;
    if (isFormula) {
      if (this.valueText) value = this.result(this.valueText, numberFormat);
      const text = this.formulaText || (master?.formula && moveSharedFormula(master.formula, master.address, this.address()));
      // Files store newer functions with a prefix (`_xlfn.IFS`) that Excel does not show.
      if (text) formula = `=${text.replace(/_xl(?:fn|ws)\./g, "")}`;
    } else if (this.runs !== undefined) {
      value = this.runs.join("");
    } else if (this.valueText !== undefined) {
      value = this.constant(this.valueText, numberFormat);
    }
    this.sink.cell(row, col, value, numberFormat || "General", formula, this.context.styles.indent(this.styleIndex));
  }

  /** A formula's cached result, by the cell's type. */
  private result(text: string, numberFormat: string | undefined): CellValue {
    switch (this.type) {
      case "str":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default:
        return this.number(parseFloat(text), numberFormat);
    }
  }

  /** A constant's value: a shared or inline string, else read as a formula's cached result of its type is. */
  private constant(text: string, numberFormat: string | undefined): CellValue {
    switch (this.type) {
      case "s": {
        const index = parseInt(text, 10);
        const { sharedStrings } = this.context;
        if (sharedStrings === null) return index;
        return sharedStrings[index] ?? null;
      }
      case "inlineStr":
        return text;
      default:
        return this.result(text, numberFormat);
    }
  }

  /** A number as stored; in a 1904 workbook, a date's serial in the 1900 system. */
  private number(value: number, numberFormat: string | undefined): number {
    return this.context.date1904 && numberFormat !== undefined && isDateFormat(numberFormat) ? value + DATE_1904_OFFSET : value;
  }

  /** The cell's A1 address: its own reference when it has one. */
  private address(): string {
    return this.cellRef ?? `${columnLetters(this.col)}${this.row + 1}`;
  }

  /** Counts a cell or merged area past Excel's limits, keeping the first one's reference (cut short) to name it. */
  private countBeyond(ref: string): void {
    this.beyond = { first: this.beyond?.first ?? cutQuote(ref), count: (this.beyond?.count ?? 0) + 1 };
  }

  private addMerge(ref: string | undefined): void {
    const corners = ref?.split(":");
    if (corners === undefined || corners.length > 2) return;
    const a = cellPosition(corners[0]);
    const b = corners.length === 2 ? cellPosition(corners[1]) : a;
    if (a === null || b === null) return;
    if (Math.max(a.row, b.row) >= EXCEL_MAX_ROWS || Math.max(a.col, b.col) >= EXCEL_MAX_COLUMNS) {
      this.countBeyond(ref!);
      return;
    }
    this.merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
}

const ESCAPE = /_x([0-9A-F]{4})_/g;

/** A rich text run's text, with Excel's `_xHHHH_` escapes decoded. */
function unescapeRun(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The zero-based column of a cell reference (`AB12` → 27); -1 when it is none. */
function columnOfReference(ref: string): number {
  let end = 0;
  while (end < ref.length && end < 3 && isLetter(ref.charCodeAt(end))) end++;
  return end === 0 ? -1 : columnIndex(ref.slice(0, end));
}

function cellPosition(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
