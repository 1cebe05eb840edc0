/**
 * `Range.text`: a value as its number format shows it. Covers the formats these workbooks use (`General`,
 * `#,##0`, `0.0`, `0.0%`, `#,##0;"△"#,##0;"-"`, `yyyy-mm-dd`, `h:mm`), not the whole format language.
 */
import type { FakeValue } from "./model";

export function displayText(value: FakeValue | undefined, format = "General"): string {
  if (value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const sections = splitSections(format);
  if (sections.length === 1 && /^general$/i.test(sections[0].trim())) return general(value);
  const section = value < 0 && sections.length > 1 ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  const shown = value < 0 && sections.length > 1 ? -value : value;
  return render(shown, section);
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = value.toPrecision(10);
  return text.includes("e") ? text : text.replace(/\.?0+$/, "");
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === ";" && !quoted) {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  return sections;
}

/** Quoted literals and escaped characters as shown; the rest is either a date or a number pattern. */
function render(value: number, section: string): string {
  const plain = section.replace(/\[[^\]]*\]/g, ""); // colours and conditions
  const unquoted = plain.replace(/"[^"]*"|\\./g, "");
  if (/[ymdhs]/i.test(unquoted)) return date(value, plain);
  const match = /[#0?][#0?,]*(?:\.[#0?]+)?/.exec(plain.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (match === null) return literals(plain);
  const pattern = match[0];
  const decimals = (pattern.split(".")[1] ?? "").length;
  const scaled = unquoted.includes("%") ? value * 100 : value;
  let digits = Math.abs(scaled).toFixed(decimals);
  if (pattern.includes(",")) digits = digits.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ","));
  const sign = scaled < 0 ? "-" : "";
  return literals(plain.slice(0, match.index)) + sign + digits + literals(plain.slice(match.index + pattern.length));
}

function literals(text: string): string {
  return text.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1").replace(/_./g, " ").replace(/\*./g, "");
}

function date(serial: number, format: string): string {
  const ms = Math.round((serial - 25_569) * 86_400_000);
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    mm: pad(d.getUTCMonth() + 1),
    m: String(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    d: String(d.getUTCDate()),
    hh: pad(d.getUTCHours()),
    h: String(d.getUTCHours()),
    nn: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
  };
  // `mm` after `h` (or before `ss`) means minutes.
  const tokens = format.replace(/(h+[^a-z]*)mm/gi, "$1nn").replace(/mm([^a-z]*s)/gi, "nn$1");
  return literals(tokens.replace(/yyyy|yy|mm|m|dd|d|hh|h|nn|ss/gi, (t) => parts[t.toLowerCase()] ?? t));
}
