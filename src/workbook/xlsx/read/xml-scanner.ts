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

/** What kind of markup an unfinished one is, once its first characters say. */
const TAG = 0;
const COMMENT = 1;
const CDATA = 2;
const INSTRUCTION = 3;
const TERMINATORS = ["", "-->", "]]>", "?>"];
const LONGEST_TERMINATOR = 3;

/** Characters it takes to tell every kind of markup apart (`<![CDATA[`). */
const UNAMBIGUOUS = 9;

/**
 * Each character is looked at a fixed number of times, however the chunks cut the part: text is handed on as it
 * comes in pieces, joined once when it ends, and markup that goes on past a chunk is kept as pieces too, its end
 * searched for in each new chunk only.
 */
class XmlScanner {
  /** Wanted text that runs on past the chunks so far, chunk by chunk. */
  private text: string[] = [];
  /** An unfinished markup's text, chunk by chunk; empty when none is unfinished. */
  private held: string[] = [];
  private heldLength = 0;
  /** The held markup's last characters, where a terminator may have begun. */
  private heldTail = "";
  /** The unfinished markup's kind and, for a tag, the quote it is inside (0 when none). */
  private heldKind = TAG;
  private quote = 0;
  /** Qualified and local names of the open elements. */
  private readonly open: string[] = [];
  private readonly locals: string[] = [];
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    let s = chunk;
    let at = 0;
    if (this.held.length > 0 && this.heldLength < UNAMBIGUOUS) {
      // Too short yet to say what markup it is: scanned again whole, which costs a few characters.
      s = this.held.join("") + chunk;
      this.held = [];
      this.heldLength = 0;
      this.heldTail = "";
    } else if (this.held.length > 0) {
      const end = this.heldEnd(chunk);
      if (end < 0) {
        this.hold(chunk);
        return;
      }
      this.held.push(chunk.slice(0, end + 1));
      const markup = this.held.join("");
      this.held = [];
      this.heldLength = 0;
      this.heldTail = "";
      this.markup(markup, 0, markup.length - 1);
      at = end + 1;
    }
    for (;;) {
      const lt = s.indexOf("<", at);
      if (lt < 0) break;
      if (this.text.length > 0) {
        this.text.push(s.slice(at, lt));
        const text = this.text.join("");
        this.text = [];
        this.characters(text, 0, text.length);
      } else if (lt > at) this.characters(s, at, lt);
      const end = this.markupEnd(s, lt);
      if (end < 0) {
        this.hold(s.slice(lt));
        return;
      }
      this.markup(s, lt, end);
      at = end + 1;
    }
    // Text that may go on in the next chunk is kept, if wanted, and handed on whole when it ends.
    if (at >= s.length) return;
    if (this.handler.wantsText && this.open.length > 0) this.text.push(s.slice(at));
    else this.characters(s, at, s.length);
  }

  /** The part has ended: everything opened must have been closed. */
  end(): void {
    if (this.held.length > 0) throw new Error("the part ends inside a tag");
    if (this.open.length > 0) throw new Error(`the part ends inside <${this.open[this.open.length - 1]}>`);
    if (!this.sawRoot) throw new Error("the part has no root element");
  }

  /** Keeps a piece of unfinished markup. */
  private hold(piece: string): void {
    this.held.push(piece);
    this.heldLength += piece.length;
    this.heldTail = (this.heldTail + piece).slice(-LONGEST_TERMINATOR);
  }

  /** Index in `chunk` of the `>` that ends the held markup; -1 when it goes on past the chunk. */
  private heldEnd(chunk: string): number {
    if (this.heldKind === TAG) return this.tagEnd(chunk, 0);
    const terminator = TERMINATORS[this.heldKind];
    // The terminator may have begun in the pieces before.
    const tail = this.heldTail.slice(1 - terminator.length);
    const at = (tail + chunk).indexOf(terminator);
    return at < 0 ? -1 : at + terminator.length - 1 - tail.length;
  }

  /** Index of the `>` that ends the markup starting at `lt`; -1 when it ends in a later chunk. */
  private markupEnd(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return this.unfinished(TAG);
    if (next === 0x21 /* ! */) {
      if (s.startsWith("<!--", lt)) return endOf(s, "-->", lt + 4) ?? this.unfinished(COMMENT);
      if (s.startsWith("<![CDATA[", lt)) return endOf(s, "]]>", lt + 9) ?? this.unfinished(CDATA);
      if ("<![CDATA[".startsWith(s.slice(lt, lt + 9)) || "<!--".startsWith(s.slice(lt, lt + 4))) return this.unfinished(TAG);
      throw new Error("a document type declaration, which no workbook part has");
    }
    if (next === 0x3f /* ? */) return endOf(s, "?>", lt + 2) ?? this.unfinished(INSTRUCTION);
    this.quote = 0;
    return this.tagEnd(s, lt + 1);
  }

  private unfinished(kind: number): -1 {
    this.heldKind = kind;
    return -1;
  }

  /** A tag's end from `from` on, inside the quote `this.quote` (a `>` inside a quoted value does not end it). */
  private tagEnd(s: string, from: number): number {
    let quote = this.quote;
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === GT) return i;
      else if (c === LT) throw new Error("a tag that does not end");
    }
    this.quote = quote;
    this.heldKind = TAG;
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

/** Index of the last character of `terminator` from `from` on; undefined when it is not there yet. */
function endOf(s: string, terminator: string, from: number): number | undefined {
  const at = s.indexOf(terminator, from);
  return at < 0 ? undefined : at + terminator.length - 1;
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

/** Scans a part held whole, at once. */
export function scanXmlText(xml: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.write(xml);
  scanner.end();
}
