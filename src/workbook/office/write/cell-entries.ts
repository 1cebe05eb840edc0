/**
 * A sheet's content as the two 2D arrays Office.js writes in one call each: values and number formats.
 * Workbook text is entered so that it stays text: Excel parses what `Range.values` receives as if typed.
 */
import { specExtentPieces, type CellContent, type SheetSpec } from "../../../core/summary/sheet-spec";
import { DATE_FORMAT } from "../../../core/summary/styles";
import { finish, PIECE_CELLS, PIECE_ROWS, type Pieces } from "../../../core/pieces";

/** Excel keeps no more characters in a cell. */
const MAX_TEXT = 32_767;

/** Starts that make Excel read a formula, a quote prefix, an error value (`#N/A`). */
const PARSED_START = /^[=+\-@'#]/;
/** Words Excel reads as part of a date or time: month names, AM/PM, 오전/오후. */
const DATE_WORDS = /jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|[ap]\.?m\.?|오전|오후/gi;
/** What is left of a number, currency, percentage, fraction, date or time once its words are gone. */
const NUMERIC_OR_DATE = /^[\s\d.,:/%()+\-eE$₩€¥£년월일시분초]*$/;

/**
 * Whether Excel would turn the text into something else: a formula, number, date, time, boolean or error.
 * What follows leading spaces or tabs counts as the start: Excel reads ` 12` as a number and `\t#N/A` may be
 * the error; a quote before text that would have stayed text changes nothing.
 */
export function excelWouldParse(text: string): boolean {
  const start = text.trimStart();
  if (PARSED_START.test(start) || /^(true|false)\s*$/i.test(start)) return true;
  return /\d/.test(text) && NUMERIC_OR_DATE.test(text.replace(DATE_WORDS, " "));
}

/** The string to write so that the cell holds exactly `text`, as text: an apostrophe first where needed. */
export function textEntry(text: string): string {
  const clipped = text.slice(0, MAX_TEXT);
  return excelWouldParse(clipped) ? `'${clipped}` : clipped;
}

function entry(content: CellContent): string | number {
  if ("text" in content) return textEntry(content.text);
  if ("number" in content) return content.number;
  if ("date" in content) return content.date;
  return `=${content.formula.replace(/^=/, "")}`;
}

export interface SheetEntries {
  readonly rows: number;
  readonly cols: number;
  /** From A1; "" where the spec has no cell. */
  readonly values: (string | number)[][];
  /**
   * Null where the spec gives no format: Office.js leaves such a cell as it is, and our sheets are new, so it
   * stays General; four bytes on the wire instead of "General"'s nine, on every text cell of a long list.
   */
  readonly numberFormats: (string | null)[][];
}

export function sheetEntries(spec: SheetSpec): SheetEntries {
  return finish(sheetEntryPieces(spec));
}

/** `sheetEntries`, pausing every `PIECE_CELLS` cells: a list sheet has hundreds of thousands. */
export function* sheetEntryPieces(spec: SheetSpec): Pieces<SheetEntries> {
  // From A1 to the last cell: merges hold no cells of their own to write.
  const extent = yield* specExtentPieces({ cells: spec.cells, merges: [] });
  const rows = extent === null ? 0 : extent.bottom + 1;
  const cols = extent === null ? 0 : extent.right + 1;
  const values: (string | number)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let row = 0; row < rows; row++) {
    if (row > 0 && row % PIECE_ROWS === 0) yield;
    values.push(Array<string | number>(cols).fill(""));
    numberFormats.push(Array<string | null>(cols).fill(null));
  }
  for (const [i, cell] of spec.cells.entries()) {
    if (i > 0 && i % PIECE_CELLS === 0) yield;
    values[cell.row][cell.col] = entry(cell.content);
    const style = cell.style === undefined ? undefined : spec.styles[cell.style];
    if (cell.style !== undefined && style === undefined) throw new Error(`sheet ${spec.name}: no style "${cell.style}"`);
    // A date cell whose style has no number format still shows as a date, as the file writer has it.
    const format = style?.numberFormat ?? ("date" in cell.content ? DATE_FORMAT : undefined);
    if (format !== undefined) numberFormats[cell.row][cell.col] = format;
  }
  return { rows, cols, values, numberFormats };
}
