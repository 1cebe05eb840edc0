/** Reading and writing the cells of a rectangle as `Range.values`, `formulas`, `numberFormat` and `valueTypes` do. */
import { columnLetters, type CellRect } from "../../core/address";
import { parseEntry } from "../entry";
import { officeError } from "../errors";
import type { FakeHost } from "../host";
import { cellAt, cellFor, type FakeCell, type FakeSheet, type FakeValue } from "../model";
import { displayText } from "../number-text";

/** Excel refuses to read more cells than this in one range. */
const READ_LIMIT = 5_000_000;

/** A value per cell of the rectangle, row by row. */
function matrix<V>(sheet: FakeSheet, rect: CellRect, pick: (cell: FakeCell | undefined) => V, where: string): V[][] {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > READ_LIMIT) throw officeError("RangeExceedsLimit", where, "The range has more cells than Excel reads at once.");
  const letters = Array.from({ length: rect.right - rect.left + 1 }, (_, i) => columnLetters(rect.left + i));
  const rows: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const number = String(r + 1);
    rows.push(letters.map((letter) => pick(sheet.cells[letter + number])));
  }
  return rows;
}

/** `Range.values`: an error as its text, an empty cell as "". */
function shownValue(cell: FakeCell | undefined): string | number | boolean {
  const value = cell?.value;
  if (value === undefined) return "";
  return typeof value === "object" ? value.error : value;
}

function valueType(value: FakeValue | undefined): string {
  if (value === undefined) return "Empty";
  if (typeof value === "object") return "Error";
  return typeof value === "string" ? "String" : typeof value === "number" ? "Double" : "Boolean";
}

export function readValues(sheet: FakeSheet, rect: CellRect, where: string) {
  return matrix(sheet, rect, shownValue, where);
}

export function readValueTypes(sheet: FakeSheet, rect: CellRect, where: string) {
  return matrix(sheet, rect, (cell) => valueType(cell?.value), where);
}

/** `Range.formulas`: the formula, or the constant itself where the cell holds no formula. */
export function readFormulas(sheet: FakeSheet, rect: CellRect, where: string) {
  return matrix(sheet, rect, (cell) => cell?.formula ?? shownValue(cell), where);
}

export function readNumberFormats(sheet: FakeSheet, rect: CellRect, where: string) {
  return matrix(sheet, rect, (cell) => cell?.numberFormat ?? "General", where);
}

export function readText(sheet: FakeSheet, rect: CellRect, where: string) {
  return matrix(sheet, rect, (cell) => displayText(cell?.value, cell?.numberFormat), where);
}

/**
 * Applies a written 2D array (or one value for every cell) to the rectangle. `null` leaves a cell as it is,
 * as Office.js does; an array of another shape is an `InvalidArgument`.
 */
export function forEachWritten(rect: CellRect, input: unknown, where: string, apply: (row: number, col: number, value: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) apply(rect.top + r, rect.left + c, input);
    return;
  }
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  const single = input.length === 1 && Array.isArray(input[0]) && input[0].length === 1;
  if (!fits && !single) throw officeError("InvalidArgument", where, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) apply(rect.top + r, rect.left + c, single && !fits ? input[0][0] : input[r][c]);
  }
}

/** One cell typed in: a formula, a parsed constant, or cleared. */
export function enterValue(host: FakeHost, sheet: FakeSheet, row: number, col: number, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  const entry = parseEntry(input, where);
  if (entry.kind === "clear") {
    const cell = cellAt(sheet, row, col);
    if (cell) clearContent(cell);
    return;
  }
  const cell = cellFor(sheet, row, col);
  clearContent(cell);
  if (entry.kind === "formula") {
    cell.formula = entry.formula;
    host.calculates(cell, sheet);
    return;
  }
  cell.value = entry.value;
  if (entry.quotePrefix) cell.quotePrefix = true;
  // Excel gives typed dates and percentages a format, but keeps a format the cell already has.
  if (entry.numberFormat !== undefined && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = entry.numberFormat;
}

function clearContent(cell: FakeCell): void {
  delete cell.value;
  delete cell.formula;
  delete cell.quotePrefix;
}

export function enterNumberFormat(sheet: FakeSheet, row: number, col: number, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  if (typeof input !== "string") throw officeError("InvalidArgument", where);
  cellFor(sheet, row, col).numberFormat = input;
}
