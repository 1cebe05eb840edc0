import { isCellError, type CellValue } from "../grid";
import { EXCEL_PHANTOM_LEAP_DAY, epochDays, parseDateText, serialToDate, serialToEpochDays, type CivilDate, type DatePrecision } from "./dates";
import { formatCode, formatDecimals, isPercentFormat, parseNumberText, perFormat, shownDecimals } from "./numbers";
import { normalizeText } from "./text";

/** What a cell that should hold a number turned out to hold. */
export type NumberReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly decimals: number | null; readonly percent: boolean }
  /** Text that reads as a number (`1,137,337`, `△3`); `dash` marks `-`, which stands for zero. */
  | {
      readonly kind: "text-number";
      readonly value: number;
      readonly decimals: number;
      readonly percent: boolean;
      readonly dash: boolean;
      readonly text: string;
    }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: "not-a-number" | "too-large" };

const BLANK: NumberReading = { kind: "blank" };

export function readNumber(value: CellValue, numberFormat = "General"): NumberReading {
  if (value === null || value === "") return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value), reason: "not-a-number" };
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: "invalid", text: String(value), reason: "too-large" };
    return { kind: "number", value, decimals: formatDecimals(numberFormat), percent: isPercentFormat(numberFormat) };
  }
  if (typeof value === "boolean") return { kind: "invalid", text: String(value).toUpperCase(), reason: "not-a-number" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (normalizeText(value) === "") return BLANK;
  const parsed = parseNumberText(value);
  if (!parsed.ok) return { kind: "invalid", text: value, reason: parsed.reason };
  return {
    kind: "text-number",
    value: parsed.value,
    decimals: parsed.decimals ?? 0,
    percent: parsed.percent,
    dash: parsed.dash,
    text: value,
  };
}

/** The amount a reading stands for: blanks and dashes are zero; null when the cell holds no usable number. */
export function amountOf(reading: NumberReading): number | null {
  switch (reading.kind) {
    case "blank":
      return 0;
    case "number":
    case "text-number":
      return reading.value;
    default:
      return null;
  }
}

/**
 * A rate in percent and the decimals it was stated with. A fraction shown with a `%` format (0.770 as
 * `0.0%`) is 77.0; `77.0%` text is 77.0; a plain number is already in percent. Null for blanks and dashes:
 * no rate stated.
 */
export interface RateReading {
  readonly percent: number;
  readonly decimals: number | null;
}

export function rateOf(reading: NumberReading): RateReading | null {
  if (reading.kind === "number") {
    if (reading.percent) return { percent: reading.value * 100, decimals: reading.decimals };
    return { percent: reading.value, decimals: reading.decimals ?? (shownDecimals(reading.value) || null) };
  }
  if (reading.kind === "text-number" && !reading.dash) return { percent: reading.value, decimals: reading.decimals };
  return null;
}

export type DateReading =
  | { readonly kind: "blank" }
  | { readonly kind: "date"; readonly date: CivilDate; readonly precision: DatePrecision; readonly fromText: boolean }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: DateProblem };

/**
 * Why a date cannot be used: not a date at all; Excel's serial 60, the 1900-02-29 that never was; a year
 * before 1900, which Excel cannot hold as a date; a serial past 9999-12-31 or below 1.
 */
export type DateProblem = "unreadable" | "phantom-leap-day" | "before-1900" | "out-of-range";

// Date tokens outside quoted text and bracketed colours/locales: y, m, d (and e, the Korean era year).
const DATE_FORMAT = /[ymde]/i;

export const isDateFormat = perFormat(
  (numberFormat) => numberFormat !== "General" && numberFormat !== "@" && DATE_FORMAT.test(formatCode(numberFormat)),
);

/** A plain whole number between 1900 and 2100 without a date format is a year, not a serial (see readDate). */
function isYearNumber(value: number, numberFormat: string): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && !isDateFormat(numberFormat);
}

/**
 * The date a number cell stands for, as epoch days (see `epochDays`); NaN where readDate finds no date. The
 * allocation-free twin of readDate's numeric case, for registers of a million lots.
 */
export function numberDateDays(value: number, numberFormat: string): number {
  return isYearNumber(value, numberFormat) ? epochDays({ year: value, month: 1, day: 1 }) : serialToEpochDays(value);
}

/** A number cell readNumber takes as it stands (finite, exact): the common case, told without allocating. */
export function isPlainNumber(value: CellValue): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/**
 * Reads a date: an Excel serial, or text in the forms users write. A plain whole number between 1900 and
 * 2100 without a date format is a year (`2009` for a 2009 model), not a serial in 1905.
 */
export function readDate(value: CellValue, numberFormat = "General"): DateReading {
  if (value === null || value === "") return { kind: "blank" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "number") {
    if (isYearNumber(value, numberFormat)) return { kind: "date", date: { year: value, month: 1, day: 1 }, precision: "year", fromText: false };
    const date = serialToDate(value);
    if (date) return { kind: "date", date, precision: "day", fromText: false };
    const reason = Math.floor(value) === EXCEL_PHANTOM_LEAP_DAY ? "phantom-leap-day" : "out-of-range";
    return { kind: "invalid", text: String(value), reason };
  }
  if (typeof value === "boolean") return { kind: "invalid", text: String(value).toUpperCase(), reason: "unreadable" };
  if (normalizeText(value) === "") return { kind: "blank" };
  const parsed = parseDateText(value);
  if (!parsed) return { kind: "invalid", text: value, reason: "unreadable" };
  if (parsed.date.year < 1900) return { kind: "invalid", text: value, reason: "before-1900" };
  return { kind: "date", ...parsed, fromText: true };
}

/** A cell's text for labels and ids: numbers as Excel's General shows them, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return normalizeText(value);
}
