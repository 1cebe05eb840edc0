import type { Lang, MessageData } from "./finding";

/** A message in both of our users' languages; `{key}` is replaced by the finding's data. */
export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

/** Thousands separators; negatives with △ in Korean, as these users write them. */
export function formatNumber(value: number, lang: Lang): string {
  const text = groupThousands(Math.abs(value));
  if (value >= 0 || text === "0") return text;
  return lang === "ko" ? `△${text}` : `-${text}`;
}

// By hand rather than toLocaleString: ICU formatting is slow enough to dominate a run with many findings.
function groupThousands(abs: number): string {
  const [whole, fraction] = String(Number(abs.toFixed(6))).split(".");
  if (whole.includes("e")) return whole;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Workbook text quoted in a finding is cut to this length: a 10,000-character cell would drown the message. */
export const QUOTE_LIMIT = 80;

/** Fills a template; text longer than `quoteLimit` (findings pass QUOTE_LIMIT) is cut with an ellipsis. */
export function renderMessage(template: LocalizedText, data: MessageData, lang: Lang, quoteLimit = Infinity): string {
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    if (typeof value === "number") return formatNumber(value, lang);
    return value.length > quoteLimit ? `${value.slice(0, quoteLimit - 1)}…` : value;
  });
}
