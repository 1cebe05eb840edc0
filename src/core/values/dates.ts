import { normalizeText } from "./text";

/** A calendar date without a time or a zone: what a report's 기준일 or a lot's 취득일 means. */
export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** How precisely the workbook stated a date: `2007.12` counts from the first of the month. */
export type DatePrecision = "day" | "month" | "year";

export interface ParsedDate {
  readonly date: CivilDate;
  readonly precision: DatePrecision;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function makeDate(year: number, month: number, day: number): CivilDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 (proleptic Gregorian); a total order for comparisons. */
export function epochDays(date: CivilDate): number {
  // Howard Hinnant's days_from_civil.
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDays(days: number): CivilDate {
  const { year, month, day } = civilOf(days, scratch);
  return { year, month, day };
}

/**
 * The epoch day `years` calendar years after an epoch day (a fraction of a year counts as whole months): a lot's
 * due date. Computed in one reused record, with no date object made: a register has a million of them.
 */
export function addYearsToEpochDays(days: number, years: number): number {
  return epochDays(shiftMonths(civilOf(days, scratch), Math.round(years * 12), scratch));
}

const scratch = { year: 0, month: 0, day: 0 };

/** Howard Hinnant's civil_from_days, into `into`. */
function civilOf(days: number, into: { year: number; month: number; day: number }): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  into.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  into.month = mp < 10 ? mp + 3 : mp - 9;
  into.year = yoe + era * 400 + (into.month <= 2 ? 1 : 0);
  return into;
}

// Excel's serial 1 is 1900-01-01, and it counts a 1900-02-29 that never was (serial 60).
const SERIAL_EPOCH = epochDays({ year: 1899, month: 12, day: 30 });
export const EXCEL_PHANTOM_LEAP_DAY = 60;

/** The civil date of an Excel serial (1900 date system; the time of day is dropped); null for serial 60 or < 1. */
export function serialToDate(serial: number): CivilDate | null {
  const days = serialToEpochDays(serial);
  return Number.isNaN(days) ? null : fromEpochDays(days);
}

/** `serialToDate` as epoch days, NaN where that gives null: no object for each of a million dates. */
export function serialToEpochDays(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return NaN;
  const whole = Math.floor(serial);
  if (whole === EXCEL_PHANTOM_LEAP_DAY) return NaN;
  return SERIAL_EPOCH + whole + (whole < EXCEL_PHANTOM_LEAP_DAY ? 1 : 0);
}

export function dateToSerial(date: CivilDate): number {
  const serial = epochDays(date) - SERIAL_EPOCH;
  return serial <= EXCEL_PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/** Adds calendar months; a day past the end of the target month falls back to its last day (29 Feb → 28 Feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  return shiftMonths(date, months, { year: 0, month: 0, day: 0 });
}

/** `addMonths` into `into`, which may be `date` itself. */
function shiftMonths(date: CivilDate, months: number, into: { year: number; month: number; day: number }): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const day = date.day;
  into.year = Math.floor(index / 12);
  into.month = index - into.year * 12 + 1;
  into.day = Math.min(day, daysInMonth(into.year, into.month));
  return into;
}

export function formatIsoDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

// A register's lots share a few thousand dates: each day's text is made once.
const isoByDay = new Map<number, string>();

/** `formatIsoDate` of an epoch day (see `epochDays`). */
export function formatEpochDays(days: number): string {
  let text = isoByDay.get(days);
  if (text === undefined) {
    if (isoByDay.size >= 100_000) isoByDay.clear();
    text = formatIsoDate(fromEpochDays(days));
    isoByDay.set(days, text);
  }
  return text;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const FULL_DATE = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?$/;
const MONTH_DATE = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[.월]?$/;
const YEAR_ONLY = /^(\d{4})\s*(?:년|년식)?$/;
// An ISO timestamp's date part, as some exports write it: 2018-09-30T00:00:00Z.
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/;

/**
 * Dates written as text: `2018-09-30`, `2018. 5. 30.`, `2018.05.30`, `2018/5/30`, `2018년 5월 30일`,
 * month only `2018-05`, `2007.12`, `2018년 5월`, year only `2006`, `2009년식`. Null when it is none of them.
 */
export function parseDateText(raw: string): ParsedDate | null {
  const text = normalizeText(raw);
  let m = FULL_DATE.exec(text) ?? ISO_TIMESTAMP.exec(text);
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date && { date, precision: "day" };
  }
  m = MONTH_DATE.exec(text);
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), 1);
    return date && { date, precision: "month" };
  }
  m = YEAR_ONLY.exec(text);
  if (m) {
    const date = makeDate(Number(m[1]), 1, 1);
    return date && { date, precision: "year" };
  }
  return null;
}
