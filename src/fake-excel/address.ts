/** A1 addresses as the Excel JavaScript API reads and writes them: `Sheet1!A1:B2`, `'My sheet'!C3`, `A:C`, `3:5`. */
import { a1, columnIndex, columnLetters, type CellRect } from "../core/address";

export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

export interface ParsedArea {
  /** The sheet named before `!`, unquoted; undefined when the address names none. */
  readonly sheet?: string;
  readonly rect: CellRect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One rectangular area; null when the text is not one. */
export function parseArea(text: string): ParsedArea | null {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    sheet = /^'.*'$/.test(prefix) ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    rest = rest.slice(bang + 1);
  }
  const rect = parseBox(rest);
  return rect === null ? null : { sheet, rect };
}

function parseBox(text: string): CellRect | null {
  const [first, second = first, extra] = text.split(":");
  if (extra !== undefined) return null;
  const cells = [CELL.exec(first), CELL.exec(second)];
  if (cells[0] && cells[1]) {
    return box(Number(cells[0][2]) - 1, columnIndex(cells[0][1]), Number(cells[1][2]) - 1, columnIndex(cells[1][1]));
  }
  if (!text.includes(":")) return null;
  const cols = [COLUMN.exec(first), COLUMN.exec(second)];
  if (cols[0] && cols[1]) return box(0, columnIndex(cols[0][1]), LAST_ROW, columnIndex(cols[1][1]));
  const rows = [ROW.exec(first), ROW.exec(second)];
  if (rows[0] && rows[1]) return box(Number(rows[0][1]) - 1, 0, Number(rows[1][1]) - 1, LAST_COLUMN);
  return null;
}

function box(r1: number, c1: number, r2: number, c2: number): CellRect | null {
  const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  return rect.top >= 0 && rect.bottom <= LAST_ROW && rect.left >= 0 && rect.right <= LAST_COLUMN ? rect : null;
}

/** Splits `A1:B2, C3` (or `A1:B2; C3`) at the separators outside quoted sheet names. */
export function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice
    else if (!quoted && (ch === "," || ch === ";")) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** `A1`, `A1:B2`, `A:C` for whole columns, `3:5` for whole rows. */
export function rectAddress(rect: CellRect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === LAST_ROW;
  const wholeRows = rect.left === 0 && rect.right === LAST_COLUMN;
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (wholeRows && !wholeColumns) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${a1(rect.bottom, rect.right)}`;
}

/** The sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, rect: CellRect): string {
  return `${sheetPrefix(sheet)}!${rectAddress(rect)}`;
}

/** `$A$1:$B$2`, as a defined name refers to a range. */
export function absoluteAddress(rect: CellRect): string {
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const first = corner(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${corner(rect.bottom, rect.right)}`;
}
