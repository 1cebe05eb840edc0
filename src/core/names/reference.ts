import { columnIndex, type CellRect } from "../address";

/**
 * What a defined name refers to, parsed from its formula text (`Sheet1!$A$1:$D$9`, `'My sheet'!A:C`,
 * `#REF!`, `[1]Sheet1!A1`, `Sheet1!A1:B2,Sheet1!D1:E2`, `=0.5`). Pure: the adapters hand the formula text over.
 */

/** A rectangle on one sheet, zero-based and inclusive; whole columns run to the sheet's last row. */
export interface SheetRect extends CellRect {
  readonly sheet: string;
}

export type BrokenReason =
  | "ref-error" // the formula is or contains #REF!
  | "external" // refers to another workbook: [1]Sheet1!A1
  | "multiple-areas" // Sheet1!A1:B2,Sheet1!D1:E2
  | "not-a-range" // a constant or a formula: =0.5, =OFFSET(...)
  | "missing-sheet"; // the sheet it names is not in the workbook

export type Reference =
  | { readonly kind: "range"; readonly rect: SheetRect }
  | { readonly kind: "broken"; readonly reason: BrokenReason; readonly sheet?: string };

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Last zero-based row and column index of a sheet. */
const LAST_ROW = EXCEL_MAX_ROWS - 1;
const LAST_COL = EXCEL_MAX_COLUMNS - 1;

/**
 * Parses a name's formula against the workbook's sheet names (matched case-insensitively, as Excel does).
 * Accepts `Sheet!A1`, `Sheet!$A$1:$D$9`, `'It''s'!A1:B2`, whole columns `Sheet!$A:$D`, whole rows `Sheet!$3:$9`.
 */
export function parseReference(formula: string, sheets: readonly string[]): Reference {
  let text = formula.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  if (containsOutsideQuotes(text, "#REF!")) return broken("ref-error");

  const areas = splitAreas(unwrapParentheses(text));
  const parsed = areas.map(parseArea);
  if (parsed.some((area) => area === "external")) return broken("external");
  if (areas.length > 1 || parsed.some((area) => area === "3d")) {
    // A union only counts as several areas when each part is a reference; `0.5,1` is not one.
    return parsed.every((area) => area !== null) ? broken("multiple-areas") : broken("not-a-range");
  }

  const area = parsed[0];
  if (area === null || typeof area === "string" || area.sheet === null) return broken("not-a-range");
  const wanted = area.sheet.toLowerCase();
  const sheet = sheets.find((name) => name.toLowerCase() === wanted);
  if (sheet === undefined) return { kind: "broken", reason: "missing-sheet", sheet: area.sheet };
  return { kind: "range", rect: { sheet, ...area.box } };
}

function broken(reason: BrokenReason): Reference {
  return { kind: "broken", reason };
}

interface Area {
  readonly sheet: string | null;
  readonly box: CellRect;
}

/** One area of a reference; "external" and "3d" (`Sheet1:Sheet3!A1`) are references we cannot read. */
type ParsedArea = Area | "external" | "3d" | null;

/** Where a quoted part (`'sheet'` or `"text"`) ends, or the text's length when it never closes. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2; // a doubled quote is an escaped quote
    } else i++;
  }
  return text.length;
}

/** Searches each stretch between quoted parts once: `startsWith` at every position went quadratic in V8. */
function containsOutsideQuotes(text: string, needle: string): boolean {
  const upper = text.toUpperCase();
  let start = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === "'" || text[i] === '"') {
      if (upper.slice(start, i).includes(needle)) return true;
      i = quotedEnd(text, i);
      start = i;
    } else i++;
  }
  return upper.slice(start).includes(needle);
}

/** Splits at commas that are outside quotes, parentheses and array braces: the union operator. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      i = quotedEnd(text, i);
      continue;
    }
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * Strips parentheses that enclose the whole text, as Excel writes a union: `(Sheet1!A1,Sheet1!C1)`. The partners
 * of the leading parentheses are found in one pass, so a name wrapped in 500,000 pairs costs its length, and
 * memory for the leading ones alone.
 */
function unwrapParentheses(text: string): string {
  const partners = leadingPartners(text);
  let start = 0;
  let end = text.length - 1;
  for (let j = 0; start < end && text.charCodeAt(start) === OPEN && partners[j] === end; j++) {
    start = skipSpaces(text, start + 1, 1);
    end = skipSpaces(text, end - 1, -1);
  }
  return text.slice(start, end + 1);
}

const OPEN = 0x28;
const CLOSE = 0x29;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

/**
 * For each `(` before the text's first other character (spaces aside), the index of the `)` outside quotes that
 * closes it (-1 when none does). The k-th of them is the first to open depth k, so the first `)` to close depth k
 * is its partner.
 */
function leadingPartners(text: string): Int32Array {
  let leading = 0;
  for (let i = 0; i < text.length && (text.charCodeAt(i) === OPEN || text[i].trim() === ""); i++) if (text.charCodeAt(i) === OPEN) leading++;
  const partners = new Int32Array(leading).fill(-1);
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    const ch = text.charCodeAt(i);
    if (ch === APOSTROPHE || ch === QUOTE) {
      i = quotedEnd(text, i);
      continue;
    }
    if (ch === OPEN) depth++;
    else if (ch === CLOSE && depth > 0) {
      depth--;
      if (depth < leading && partners[depth] === -1) partners[depth] = i;
    }
    i++;
  }
  return partners;
}

/** The first index from `from` on, going by `step`, that is not white space. */
function skipSpaces(text: string, from: number, step: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && text[i].trim() === "") i += step;
  return i;
}

/** Characters an unquoted sheet name cannot hold: anything that would make the formula mean something else. */
const UNQUOTED_SHEET = /^[^\s'"!():,;{}+*/&=<>^%]+$/;

function parseArea(text: string): ParsedArea {
  let sheet: string | null = null;
  let rest = text;
  if (text.startsWith("'")) {
    const end = quotedEnd(text, 0);
    if (text[end] !== "!") return null;
    sheet = text.slice(1, end - 1).replace(/''/g, "'");
    rest = text.slice(end + 1);
  } else {
    const bang = text.indexOf("!");
    if (bang >= 0) {
      sheet = text.slice(0, bang);
      if (sheet.startsWith("[")) return "external"; // `[1]Sheet1!A1`, `[1]!Name`
      // A colon joins the first and last sheet of a 3D reference; it is no operator here.
      if (!UNQUOTED_SHEET.test(sheet.replace(":", ""))) return null;
      rest = text.slice(bang + 1);
    }
  }
  // Sheet names cannot hold brackets or colons, so these mark another workbook or a span of sheets.
  if (sheet !== null && sheet.includes("[")) return "external";
  if (sheet !== null && sheet.includes(":")) return "3d";
  const box = parseBox(rest);
  return box && { sheet, box };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** `A1`, `A1:B2`, `A:D`, `3:9`, with or without `$`; corners in any order. */
function parseBox(text: string): CellRect | null {
  const [first, second = first, extra] = text.split(":");
  if (extra !== undefined) return null;
  const [cell1, cell2] = [CELL.exec(first), CELL.exec(second)];
  if (cell1 && cell2) {
    return checkedBox(Number(cell1[2]) - 1, columnIndex(cell1[1]), Number(cell2[2]) - 1, columnIndex(cell2[1]));
  }
  if (!text.includes(":")) return null; // a lone `A` or `3` is a name or a number, not a reference
  const [col1, col2] = [COLUMN.exec(first), COLUMN.exec(second)];
  if (col1 && col2) return checkedBox(0, columnIndex(col1[1]), LAST_ROW, columnIndex(col2[1]));
  const [row1, row2] = [ROW.exec(first), ROW.exec(second)];
  if (row1 && row2) return checkedBox(Number(row1[1]) - 1, 0, Number(row2[1]) - 1, LAST_COL);
  return null;
}

function checkedBox(row1: number, col1: number, row2: number, col2: number): CellRect | null {
  const box = {
    top: Math.min(row1, row2),
    left: Math.min(col1, col2),
    bottom: Math.max(row1, row2),
    right: Math.max(col1, col2),
  };
  const inSheet = box.top >= 0 && box.bottom <= LAST_ROW && box.right <= LAST_COL;
  return inSheet ? box : null;
}
