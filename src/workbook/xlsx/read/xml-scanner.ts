/**
 * A streaming XML tokenizer for the parts of an .xlsx. Fed text chunks, it calls its handler for each element's
 * start and end and, when the handler wants it, each run of character data; it throws on what is not
 * well-formed: a tag that never ends, an end tag that does not match, text outside the root, a part cut short.
 * It makes no object per attribute: a handler looks up the attributes it needs (`attributeOf`), so a sheet of
 * millions of cells is read without an allocation per attribute. DTDs are refused: no workbook part has one.
 */
import { decodeXmlEntities } from "../package/xml";

export interface XmlHandler {
  /** A start tag: the local name (without a namespace prefix) and the raw text of its attributes. */
  open(name: string, attributes: string): void;
  /** The element's end (a self-closing element ends right after it opens). */
  close(name: string): void;
  /** Character data, entities decoded; called only while `wantsText` is true. */
  text(text: string): void;
  /** Whether character data is wanted now: whitespace between tags is then not even cut out. */
  readonly wantsText: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const COLON = 0x3a;

class XmlScanner {
  /** Text of the chunks not yet tokenized: a tag or a run of text that may go on in the next chunk. */
  private pending = "";
  /** Qualified and local names of the open elements. */
  private readonly open: string[] = [];
  private readonly locals: string[] = [];
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.pending === "" ? chunk : this.pending + chunk;
    let at = 0;
    for (;;) {
      const lt = s.indexOf("<", at);
      if (lt < 0) break;
      if (lt > at) this.characters(s, at, lt);
      const end = this.markupEnd(s, lt);
      if (end < 0) {
        at = lt;
        break;
      }
      this.markup(s, lt, end);
      at = end + 1;
    }
    this.pending = s.slice(at);
  }

  /** The part has ended: everything opened must have been closed. */
  end(): void {
    if (this.pending.includes("<")) throw new Error("the part ends inside a tag");
    this.characters(this.pending, 0, this.pending.length);
    this.pending = "";
    if (this.open.length > 0) throw new Error(`the part ends inside <${this.open[this.open.length - 1]}>`);
    if (!this.sawRoot) throw new Error("the part has no root element");
  }

  /** Index of the `>` that ends the markup starting at `lt`; -1 when it ends in a later chunk. */
  private markupEnd(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 0x21 /* ! */) {
      if (s.startsWith("<!--", lt)) return endOf(s, "-->", lt + 4);
      if (s.startsWith("<![CDATA[", lt)) return endOf(s, "]]>", lt + 9);
      if ("<![CDATA[".startsWith(s.slice(lt)) || "<!--".startsWith(s.slice(lt))) return -1;
      throw new Error("a document type declaration, which no workbook part has");
    }
    if (next === 0x3f /* ? */) return endOf(s, "?>", lt + 2);
    // A tag: a `>` inside a quoted attribute value does not end it.
    let quote = 0;
    for (let i = lt + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === GT) return i;
      else if (c === LT) throw new Error("a tag that does not end");
    }
    return -1;
  }

  private markup(s: string, lt: number, end: number): void {
    const next = s.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (s.startsWith("<![CDATA[", lt)) {
        if (this.open.length === 0) throw new Error("character data outside the root element");
        if (this.handler.wantsText) this.handler.text(s.slice(lt + 9, end - 2));
      }
      return; // a comment
    }
    if (next === 0x3f /* ? */) return; // the XML declaration or a processing instruction
    if (next === SLASH) {
      const expected = this.open.pop();
      const local = this.locals.pop()!;
      // Compared in place: an end tag costs no string of its own.
      const matches = expected !== undefined && s.startsWith(expected, lt + 2) && isBlank(s, lt + 2 + expected.length, end);
      if (!matches) throw new Error(`</${s.slice(lt + 2, end).trim()}> where </${expected ?? ""}> was expected`);
      this.handler.close(local);
      return;
    }
    const selfClosing = s.charCodeAt(end - 1) === SLASH;
    const tagEnd = selfClosing ? end - 1 : end;
    let nameEnd = lt + 1;
    while (nameEnd < tagEnd && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === lt + 1 || !isNameStart(s.charCodeAt(lt + 1))) throw new Error("a tag without a name");
    if (this.open.length === 0 && this.sawRoot) throw new Error("a second root element");
    this.sawRoot = true;
    const name = s.slice(lt + 1, nameEnd);
    const local = localName(name);
    this.handler.open(local, s.slice(nameEnd, tagEnd));
    if (selfClosing) this.handler.close(local);
    else {
      this.open.push(name);
      this.locals.push(local);
    }
  }

  private characters(s: string, from: number, to: number): void {
    if (this.open.length === 0) {
      for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) throw new Error("text outside the root element");
      return;
    }
    if (!this.handler.wantsText) return;
    let text = s.slice(from, to);
    // XML reads a line break as `\n` however the file spells it.
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    this.handler.text(text.includes("&") ? decodeXmlEntities(text) : text);
  }
}

function endOf(s: string, terminator: string, from: number): number {
  const at = s.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length - 1;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === COLON || c >= 0x80;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The value of the attribute with this local name (`id` finds `r:id`), entities decoded; undefined when the
 * element has none. Throws on attribute text that is not well-formed.
 */
export function attributeOf(attributes: string, wanted: string): string | undefined {
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    if (isSpace(attributes.charCodeAt(i))) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && attributes.charCodeAt(i) !== EQUALS && !isSpace(attributes.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    if (attributes.charCodeAt(i) !== EQUALS) throw new Error(`an attribute without a value: ${attributes.slice(nameStart, nameEnd)}`);
    i++;
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    const quote = attributes.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new Error(`an attribute value without quotes: ${attributes.slice(nameStart, nameEnd)}`);
    const valueEnd = attributes.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (valueEnd < 0) throw new Error("an attribute value that does not end");
    const localStart = nameEnd - wanted.length;
    if (
      localStart >= nameStart &&
      attributes.startsWith(wanted, localStart) &&
      (localStart === nameStart || attributes.charCodeAt(localStart - 1) === COLON)
    ) {
      const raw = attributes.slice(i + 1, valueEnd);
      return raw.includes("&") ? decodeXmlEntities(raw) : raw;
    }
    i = valueEnd + 1;
  }
  return undefined;
}

/** Scans a whole part given as chunks of text. */
export async function scanXml(chunks: AsyncIterable<string> | Iterable<string>, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of chunks) scanner.write(chunk);
  scanner.end();
}
