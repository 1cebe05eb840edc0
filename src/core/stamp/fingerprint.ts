/**
 * The fingerprint of the data a validation saw: per checked range, SHA-256 over a canonical text of its
 * non-empty cells, and one hash over them all. The text is built so that merely re-saving the file (in Excel
 * or through ExcelJS) leaves it unchanged: values only (no formats, no formulas), numbers at Excel's
 * 15 significant digits, text in NFC, errors by code, and empty cells left out, so a range clipped
 * differently to the used area reads the same.
 */
import { isCellError, type CellValue, type Grid } from "../grid";
import { cellAddress } from "../grid-axes";
import { sha256Hex } from "./sha256";

export interface RangeFingerprint {
  readonly name: string;
  readonly sheet: string;
  readonly hash: string;
}

export interface Fingerprint {
  readonly ranges: readonly RangeFingerprint[];
  readonly hash: string;
}

/** One cell's value as canonical text, typed so that the number 1 and the text "1" differ; null when empty. */
export function canonicalValue(value: CellValue): string | null {
  if (value === null || value === "") return null;
  if (isCellError(value)) return `e:${value.error.toUpperCase()}`;
  if (typeof value === "boolean") return value ? "b:TRUE" : "b:FALSE";
  if (typeof value === "number") return `n:${canonicalNumber(value)}`;
  return `s:${escape(value.normalize("NFC"))}`;
}

/** Excel keeps 15 significant digits; the rest is float noise a re-save may not reproduce. */
function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return String(rounded === 0 ? 0 : rounded);
}

function escape(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** The canonical text of a range: its name and sheet, then `A1<TAB>value` for each non-empty cell, row by row. */
export function canonicalRange(grid: Grid): string {
  const lines = [rangeHead(grid)];
  for (let r = 0; r < grid.values.length; r++) rowLines(grid, r, lines);
  return `${lines.join("\n")}\n`;
}

/** The first line of a range's canonical text. */
export function rangeHead(grid: Grid): string {
  return `${escape(grid.name.normalize("NFC"))}\t${escape(grid.sheet.normalize("NFC"))}`;
}

/** Row `r`'s lines of the canonical text, pushed onto `lines`. */
export function rowLines(grid: Grid, r: number, lines: string[]): void {
  grid.values[r].forEach((value, c) => {
    const text = canonicalValue(value);
    if (text !== null) lines.push(`${cellAddress(grid, r, c)}\t${text}`);
  });
}

/** Ranges sorted by name and sheet, so the overall hash does not depend on the order names were read in. */
export function fingerprintGrids(grids: readonly Grid[]): Fingerprint {
  return fingerprintOf(grids.map((grid) => ({ name: grid.name, sheet: grid.sheet, hash: sha256Hex(canonicalRange(grid)) })));
}

/** The ranges' hashes sorted by name and sheet, and the one hash over them all. */
export function fingerprintOf(hashed: RangeFingerprint[]): Fingerprint {
  const ranges = hashed.sort((a, b) => compareKeys(rangeKey(a), rangeKey(b)));
  return { ranges, hash: sha256Hex(overallText(ranges)) };
}

/** What the overall hash is taken of: a short line per range. */
function overallText(ranges: readonly RangeFingerprint[]): string {
  return ranges.map((r) => `${escape(r.name)}\t${escape(r.sheet)}\t${r.hash}\n`).join("");
}

/** Names match without regard to case, as everywhere else in Budget Check. */
export function rangeKey(range: { readonly name: string; readonly sheet: string }): string {
  return `${range.name.normalize("NFC").toLowerCase()}\u0000${range.sheet.normalize("NFC")}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
