/** A1 addresses: zero-based row/column indexes to and from Excel's letters and digits. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

// Findings by the hundred thousand name a handful of columns: each column's letters are made once.
const lettersByColumn: string[] = [];

export function a1(row: number, col: number): string {
  const letters = lettersByColumn[col] ?? (col >= 0 && col < 16_384 ? (lettersByColumn[col] = columnLetters(col)) : columnLetters(col));
  return `${letters}${row + 1}`;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, zero-based and inclusive: on a sheet, in a grid or on a sheet being written. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses `B12` or `$B$12` into zero-based indexes; null when it is not a single-cell address. */
export function parseA1(text: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}


/** `A3:K58`, as a range is written on its sheet. */
export function rectAddress(rect: CellRect): string {
  return `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
}

/** Parses `A3:K58` (or one cell, `$` allowed); null when it is no such address. */
export function parseRectAddress(text: string): CellRect | null {
  const [first, last = first, more] = text.split(":").map(parseA1);
  if (!first || !last || more !== undefined) return null;
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}
