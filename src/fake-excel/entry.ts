/**
 * What Excel makes of a value written through `Range.values`, as if typed into the cell (ko-KR and en-US
 * alike): `=…` is a formula, `+…`/`-…`/`@…` too unless it is a number, numeric and date-like text becomes a
 * number, `TRUE`/`#N/A` become a boolean/an error, and a leading apostrophe keeps the rest as text.
 */
import { officeError } from "./errors";
import type { FakeValue } from "./model";

export type Entry =
  | { readonly kind: "clear" }
  | { readonly kind: "value"; readonly value: FakeValue; readonly numberFormat?: string; readonly quotePrefix?: boolean }
  | { readonly kind: "formula"; readonly formula: string };

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];
const NUMBER = /^(\()?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?)(\))?(%)?$/;
const DATE = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\.?$/, // 2018-05-30, 2018/5/30, 2018. 5. 30.
  /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$/,
];
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function parseEntry(input: unknown, where: string): Entry {
  if (input === "") return { kind: "clear" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw officeError("InvalidArgument", where);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") throw officeError("InvalidArgument", where);
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };

  const trimmed = input.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return { kind: "value", ...number };
  if (/^[+\-@]/.test(input)) return { kind: "formula", formula: `=${input}` };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  const error = ERRORS.find((e) => e === trimmed.toUpperCase());
  if (error !== undefined) return { kind: "value", value: { error } };
  const date = parseDate(trimmed);
  if (date !== null) return { kind: "value", value: date, numberFormat: "yyyy-mm-dd" };
  const time = TIME.exec(trimmed);
  if (time !== null && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return { kind: "value", value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400, numberFormat: "h:mm" };
  }
  return { kind: "value", value: input };
}

function parseNumber(text: string): { value: number; numberFormat?: string } | null {
  const m = NUMBER.exec(text);
  if (m === null || !/\d/.test(m[2]) || (m[1] === undefined) !== (m[3] === undefined)) return null;
  const digits = m[2].replace(/,/g, "");
  const magnitude = Number(digits);
  if (Number.isNaN(magnitude)) return null;
  const value = m[1] === undefined ? magnitude : -magnitude; // (12) is minus twelve
  if (m[4] !== undefined) return { value: value / 100, numberFormat: digits.includes(".") ? "0.00%" : "0%" };
  return m[2].includes(",") ? { value, numberFormat: "#,##0" } : { value };
}

function parseDate(text: string): number | null {
  for (const pattern of DATE) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (y < 1900 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
    return ms / 86_400_000 + 25_569;
  }
  return null;
}
