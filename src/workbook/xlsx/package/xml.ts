/**
 * Just enough XML for the parts of a package: entities decoded for what we read, escaping for what we write,
 * and locating elements in parts we edit as text so that every byte we do not mean to change stays as it was.
 * The parts are machine-written; elements we look for never nest in themselves, and their names may carry a
 * namespace prefix (`x:sheet`).
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named?: string) => {
    if (named !== undefined) return NAMED[named];
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): a parser would refuse the part. */
export const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element content. A CR is written as a reference, or the parser would turn it into a line feed. */
export function escapeText(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#xD;");
}

/** An attribute value in double quotes; tabs and line breaks as references, or the parser makes them spaces. */
export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#x9;")
    .replace(/\n/g, "&#xA;");
}

/** The body of a start tag: attribute values may hold a literal `>`. */
const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*`;

export interface ElementSpan {
  /** Where the start tag's `<` is. */
  readonly start: number;
  /** Just past the element's end. */
  readonly end: number;
  readonly startTag: string;
  /** The content between the tags; both equal `end` for an empty-element tag `<x/>`. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly selfClosing: boolean;
}

/** The prefix (`""` or `"x:"`) of the part's root element, which the elements we add must use too. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<(?:([\\w.-]+):)?${localName}(?=[\\s/>])`).exec(xml);
  if (!m) throw new Error(`no <${localName}> element`);
  return m[1] === undefined ? "" : `${m[1]}:`;
}

/** Every `tag` element (a qualified name) within [from, to), in document order. */
export function findElements(xml: string, tag: string, from = 0, to = xml.length): ElementSpan[] {
  const open = new RegExp(`<${escapeRegExp(tag)}(?=[\\s/>])${TAG_BODY}>`, "g");
  const close = new RegExp(`</${escapeRegExp(tag)}\\s*>`, "g");
  const spans: ElementSpan[] = [];
  open.lastIndex = from;
  for (let m = open.exec(xml); m !== null && m.index < to; m = open.exec(xml)) {
    const startTag = m[0];
    const afterStart = m.index + startTag.length;
    if (startTag.endsWith("/>")) {
      spans.push({ start: m.index, end: afterStart, startTag, contentStart: afterStart, contentEnd: afterStart, selfClosing: true });
      continue;
    }
    close.lastIndex = afterStart;
    const c = close.exec(xml);
    if (c === null) throw new Error(`<${tag}> is not closed`);
    const end = c.index + c[0].length;
    spans.push({ start: m.index, end, startTag, contentStart: afterStart, contentEnd: c.index, selfClosing: false });
    open.lastIndex = end;
  }
  return spans;
}

export function findElement(xml: string, tag: string, from = 0, to = xml.length): ElementSpan | null {
  return findElements(xml, tag, from, to)[0] ?? null;
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attribute values of a start tag by qualified name, entities not decoded. */
export function rawAttributes(startTag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = startTag.replace(/^<[^\s/>]+/, "");
  for (const m of body.matchAll(ATTRIBUTE)) attrs.set(m[1], m[2] ?? m[3]);
  return attrs;
}

/** The start tag with the attribute set to `value` (already escaped), in place when present, else appended. */
export function setAttribute(startTag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(startTag)) return startTag.replace(existing, (_, lead: string) => `${lead}"${value}"`);
  const close = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close).replace(/\s+$/, "")} ${name}="${value}"${startTag.slice(close)}`;
}

/** An empty element: `<x/>` becomes `<x>` + content + `</x>`; otherwise the content goes before the end tag. */
export function appendContent(span: ElementSpan, tag: string, content: string): Splice {
  if (!span.selfClosing) return { at: span.contentEnd, remove: 0, insert: content };
  const open = span.startTag.replace(/\s*\/>$/, ">");
  return { at: span.start, remove: span.end - span.start, insert: `${open}${content}</${tag}>` };
}

/** A textual edit of a part: remove `remove` characters at `at`, then insert `insert` there. */
export interface Splice {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Applies edits made against the original text; edits at one position apply in the order given. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  let out = "";
  let cursor = 0;
  for (const { s } of ordered) {
    if (s.at < cursor) throw new Error("overlapping edits");
    out += xml.slice(cursor, s.at) + s.insert;
    cursor = s.at + s.remove;
  }
  return out + xml.slice(cursor);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
