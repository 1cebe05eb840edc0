import type { Lang, MessageData } from "./finding";

/** A message in both of our users' languages; `{key}` is replaced by the finding's data. */
export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

/** Thousands separators; negatives with △ in Korean, as these users write them. */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const text = Number(abs.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 6 });
  if (value >= 0 || Object.is(value, 0) || text === "0") return text;
  return lang === "ko" ? `△${text}` : `-${text}`;
}

export function renderMessage(template: LocalizedText, data: MessageData, lang: Lang): string {
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}
