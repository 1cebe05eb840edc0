import type { Lang, MessageData } from "./finding";
import { isParticle, particleAfter } from "./particle";

/**
 * A message in every language we speak (`Lang`), so a language added there is a compile error wherever a text
 * lacks it; `{key}` is replaced by the finding's data, and a particle in braces (`{이/가}`, `{을/를}`, `{은/는}`,
 * `{으로/로}`, `{과/와}`: `PARTICLES`) becomes the one form that the text just before it takes, quotes and
 * brackets skipped: `'{sheet}'{을/를}` reads `'예산 현황'을`, `'Budget'을`, `'Staff'를`.
 */
export type LocalizedText = Readonly<Record<Lang, string>>;

/**
 * The one shape of translated text, from rules to the pane: message ids to templates in both languages, filled
 * by `renderMessage`.
 */
export type Catalogue = Readonly<Record<string, LocalizedText>>;

/** Thousands separators; negatives with △ in Korean, as these users write them. */
export function formatNumber(value: number, lang: Lang): string {
  const text = groupThousands(Math.abs(value));
  if (value >= 0 || text === "0") return text;
  return lang === "ko" ? `△${text}` : `-${text}`;
}

// By hand rather than toLocaleString: ICU formatting is slow enough to dominate a run with many findings.
function groupThousands(abs: number): string {
  // Years, quantities and counts: most numbers a message quotes need neither rounding nor separators.
  if (abs < 1000 && Number.isInteger(abs)) return String(abs);
  const [whole, fraction] = String(Number(abs.toFixed(6))).split(".");
  if (whole.includes("e")) return whole;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Workbook text quoted in a finding is cut to this length: a 10,000-character cell would drown the message. */
export const QUOTE_LIMIT = 80;

/** Workbook text as a message quotes it: cut to `limit` characters, with an ellipsis where it was cut. */
export function cutQuote(text: string, limit = QUOTE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Fills a template; text longer than `quoteLimit` (findings pass QUOTE_LIMIT) is cut with an ellipsis. */
export function renderMessage(template: LocalizedText, data: MessageData, lang: Lang, quoteLimit = Infinity): string {
  const parts = partsOf(template[lang]);
  // Joined, not added up: `+=` would leave a chain of string pieces per message for the collector to walk.
  const pieces: string[] = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    const value = data[key];
    // The last value and the literal after it decide a particle: `'{sheet}'{을/를}`.
    if (isParticle(key)) pieces.push(particleAfter(pieces.slice(-2).join(""), key));
    else if (value === undefined) pieces.push(`{${key}}`);
    else if (typeof value === "number") pieces.push(formatNumber(value, lang));
    else pieces.push(cutQuote(value, quoteLimit));
    pieces.push(parts[i + 1]);
  }
  return pieces.join("");
}

// A run may render hundreds of thousands of findings from a few dozen templates: each is split once, into
// literal text at even and keys or particles at odd places.
const PLACEHOLDER = /\{(\w+|[가-힣]+\/[가-힣]+)\}/;
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (templateParts.size < 1000) templateParts.set(template, parts);
  }
  return parts;
}
