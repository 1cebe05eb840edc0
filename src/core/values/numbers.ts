import { normalizeText } from "./text";

/**
 * Numbers as these users write them: real numbers, or text such as `1,137,337`, `△3`, `▲3`, `(12)`, `-`,
 * `77.0%`, full-width `１２３，４５６`.
 */

export type ParsedNumber =
  | {
      readonly ok: true;
      readonly value: number;
      /** Decimals the text shows (`77.0%` → 1); null for a real number, whose precision its format tells. */
      readonly decimals: number | null;
      /** The text ended in `%`: value is in percent (`77.0%` → 77). */
      readonly percent: boolean;
      /** The value came from text (a number stored as text), not from a number cell. */
      readonly fromText: boolean;
      /** A dash or an empty string that stands for zero. */
      readonly dash: boolean;
    }
  | { readonly ok: false; readonly reason: "not-a-number" | "too-large" };

// Integer part either plain digits or properly grouped by thousands: a malformed grouping is a typo, not a number.
const NUMBER_TEXT = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DASHES = new Set(["-", "–", "—", "−", "―", "ー"]);
const MINUS_SIGNS = ["△", "▲", "-", "−", "–"];
const KOREAN_MINUS_MARKS = ["△", "▲"];

/** The mark of a minus written the Korean way (`△3`, `▲ 3`), or undefined for any other text. */
export function koreanMinusMark(raw: string): string | undefined {
  const text = normalizeText(raw);
  return KOREAN_MINUS_MARKS.find((mark) => text.startsWith(mark));
}

export function parseNumberText(raw: string): ParsedNumber {
  let text = normalizeText(raw).replace(/ /g, "");
  if (text === "" || DASHES.has(text)) {
    return { ok: true, value: 0, decimals: null, percent: false, fromText: true, dash: true };
  }
  let negative = false;
  let percent = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1);
  }
  const sign = MINUS_SIGNS.find((m) => text.startsWith(m));
  if (sign) {
    if (negative) return { ok: false, reason: "not-a-number" };
    negative = true;
    text = text.slice(sign.length);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  const m = NUMBER_TEXT.exec(text);
  if (!m) return { ok: false, reason: "not-a-number" };
  const digits = m[1].replace(/,/g, "");
  const value = Number(m[2] === undefined ? digits : `${digits}.${m[2]}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false, reason: "too-large" };
  return {
    ok: true,
    value: negative && value !== 0 ? -value : value,
    decimals: m[2] === undefined ? 0 : m[2].length,
    percent,
    fromText: true,
    dash: false,
  };
}

/** The first section of a number format without its quoted text, escapes and [colour] or [locale] codes. */
export function formatCode(numberFormat: string): string {
  return numberFormat.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

/**
 * A workbook uses a handful of formats over millions of cells: each question about a format is answered once
 * per format (up to a thousand formats, past which answers are computed afresh).
 */
export function perFormat<T>(answer: (numberFormat: string) => T): (numberFormat: string) => T {
  const answers = new Map<string, T>();
  // A column mostly repeats one format: the last question is looked at before the map.
  let lastFormat: string | undefined;
  let lastAnswer!: T;
  return (numberFormat) => {
    if (numberFormat === lastFormat) return lastAnswer;
    let known = answers.get(numberFormat);
    if (known === undefined) {
      known = answer(numberFormat);
      if (answers.size < 1000) answers.set(numberFormat, known);
    }
    lastFormat = numberFormat;
    lastAnswer = known;
    return known;
  };
}

/** Decimals a number format shows (`#,##0.0` → 1, `0.00%` → 2), or null for General and text formats. */
export const formatDecimals = perFormat((numberFormat): number | null => {
  const section = formatCode(numberFormat);
  const m = /\.([0#?]+)/.exec(section);
  return !/[0#?]/.test(section) ? null : m ? m[1].length : 0;
});

/** The format shows the value as a percentage (`0.0%`): the cell holds a fraction. */
export const isPercentFormat = perFormat((numberFormat) => numberFormat !== "General" && formatCode(numberFormat).includes("%"));

/** Decimals of a real number as General shows it, capped: 64.2 → 1, 77 → 0. */
export function shownDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(Number(value.toPrecision(11)));
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : Math.min(text.length - dot - 1, 6);
}
