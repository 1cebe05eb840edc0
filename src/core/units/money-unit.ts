import type { Lang } from "../finding";
import type { CellValue, Grid } from "../grid";
import type { LocalizedText } from "../messages";
import { cellText } from "../values/cell-readers";
import { labelKey } from "../values/text";

/** The money units these offices write amounts in (GLOSSARY.md: 천원 · 원 · 백만원). */
export type MoneyUnit = "won" | "thousandWon" | "millionWon";

/**
 * Where a table's unit was read: its header's brackets, a `(단위: …)` line above its header, the workbook's
 * `Unit`/`단위` cell, or nowhere (천원 assumed, as the offices mostly write).
 */
type UnitSource = "header" | "above" | "named" | "assumed";

/** A table's money unit and where it comes from. */
export interface TableUnit {
  readonly unit: MoneyUnit;
  readonly source: UnitSource;
}

export const ASSUMED_UNIT: TableUnit = { unit: "thousandWon", source: "assumed" };

/** Won per unit, to convert between units. */
const WON_PER_UNIT: Readonly<Record<MoneyUnit, number>> = { won: 1, thousandWon: 1_000, millionWon: 1_000_000 };

export const UNIT_NAMES: Readonly<Record<MoneyUnit, LocalizedText>> = {
  won: { ko: "원", en: "KRW" },
  thousandWon: { ko: "천원", en: "thousand KRW" },
  millionWon: { ko: "백만원", en: "million KRW" },
};

/** Every unit, largest first. */
export const MONEY_UNITS: readonly MoneyUnit[] = ["millionWon", "thousandWon", "won"];

const UNIT_WORDS: ReadonlyMap<string, MoneyUnit> = new Map([
  ["원", "won"],
  ["천원", "thousandWon"],
  ["백만원", "millionWon"],
  ["krw", "won"],
  ["won", "won"],
]);

// On label keys (spaces gone, NFC, lower case): `예산액(천원)`, `예산액(단위:원)`, `(단위: 백만원)`, `단위: 원`.
const BRACKETED_AT_END = /[([{（［]\s*(?:단위[:：]?)?(백만원|천원|원|krw)[)\]}）］]$/;
const UNIT_LINE = /단위[:：]?(백만원|천원|원)(?![가-힣])/;

/** The unit a header states in brackets at its end: `예산액(원)`, `집행액(단위: 천원)`. */
export function unitInHeader(text: string): MoneyUnit | undefined {
  const match = BRACKETED_AT_END.exec(labelKey(text));
  return match ? UNIT_WORDS.get(match[1]) : undefined;
}

/** The unit a line above a table states: `(단위: 천원)`, `단위 : 원`, `[단위: 백만원]`. */
export function unitInLine(text: string): MoneyUnit | undefined {
  const match = UNIT_LINE.exec(labelKey(text));
  return match ? UNIT_WORDS.get(match[1]) : undefined;
}

/** The unit a `Unit`/`단위` cell holds: the unit alone (`천원`), or a unit line (`(단위: 원)`). */
export function unitInCell(text: string): MoneyUnit | undefined {
  const key = labelKey(text).replace(/^[([{（［]|[)\]}）］]$/g, "");
  return UNIT_WORDS.get(key) ?? unitInLine(text);
}

/** The unit line nearest to the rows' end: rows above a table, looked through from the bottom up. */
export function unitInRows(rows: readonly (readonly CellValue[])[]): MoneyUnit | undefined {
  for (let row = rows.length - 1; row >= 0; row--) {
    for (const value of rows[row]) {
      const unit = typeof value === "string" ? unitInLine(cellText(value)) : undefined;
      if (unit) return unit;
    }
  }
  return undefined;
}

/** How many rows above a header a `(단위: …)` line may stand: the title and a blank row lie between, at most. */
export const UNIT_LINE_ROWS = 3;

/**
 * A table's unit: its money columns' header brackets, else a `(단위: …)` cell in its header row, else a unit line
 * in the rows of its range above the header, else what the workbook says around the range (`fallback`: a line
 * above it, the `단위` cell, or 천원 assumed).
 */
export function tableUnit(grid: Grid, headerRow: number, moneyCols: readonly number[], fallback: TableUnit): TableUnit {
  const header = grid.values[headerRow] ?? [];
  for (const col of moneyCols) {
    const unit = unitInHeader(cellText(header[col] ?? null));
    if (unit) return { unit, source: "header" };
  }
  const inHeader = unitInRows([header]);
  if (inHeader) return { unit: inHeader, source: "header" };
  return unitAboveOr(grid.values.slice(Math.max(0, headerRow - UNIT_LINE_ROWS), headerRow), fallback);
}

/** The unit a `(단위: …)` line in `rows` (those just above a table's header) states, else `fallback`. */
export function unitAboveOr(rows: readonly (readonly CellValue[])[], fallback: TableUnit): TableUnit {
  const unit = unitInRows(rows);
  return unit ? { unit, source: "above" } : fallback;
}

/** A value in one unit, stated in another. */
export function convertAmount(value: number, from: MoneyUnit, to: MoneyUnit): number {
  return from === to ? value : (value * WON_PER_UNIT[from]) / WON_PER_UNIT[to];
}

/** The unit quoted after an amount in a message: `90천원`, `90 thousand KRW`; nothing for a table without one. */
export function unitSuffix(unit: TableUnit | null, lang: Lang): string {
  if (unit === null) return "";
  const name = UNIT_NAMES[unit.unit][lang];
  return lang === "ko" ? name : ` ${name}`;
}
