/**
 * A strict check of an XML part we write, in one pass: well-formed, and every prefix of an element or attribute
 * name declared in scope. Lenient readers forgive an undeclared prefix; LibreOffice and Excel refuse the whole
 * file, so a part that fails here must never reach one. No DTD is allowed (a package part may hold none), so
 * only the five predefined entities exist.
 */
import { FORBIDDEN } from "./xml";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);
const NOT_ALLOWED = new RegExp(FORBIDDEN.source, "u");

/** What makes the text no well-formed, namespace-correct XML (with where), or null when it is. */
export function xmlProblem(xml: string): string | null {
  try {
    new XmlChecker(xml).check();
    return null;
  } catch (error) {
    if (error instanceof XmlProblem) return error.message;
    throw error;
  }
}

class XmlProblem extends Error {}

interface OpenElement {
  readonly name: string;
  /** The prefixes this element declares, to be forgotten at its end. */
  readonly declared: readonly string[];
}

class XmlChecker {
  private at = 0;
  private readonly open: OpenElement[] = [];
  /** Each prefix's namespaces, innermost last. */
  private readonly scope = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  private rootSeen = false;

  constructor(private readonly xml: string) {}

  check(): void {
    const forbidden = NOT_ALLOWED.exec(this.xml);
    if (forbidden !== null) this.fail(`a character XML does not allow (U+${forbidden[0].codePointAt(0)!.toString(16).toUpperCase()})`, forbidden.index);
    if (this.xml.charCodeAt(0) === 0xfeff) this.at = 1;
    while (this.at < this.xml.length) {
      const lt = this.xml.indexOf("<", this.at);
      const textEnd = lt < 0 ? this.xml.length : lt;
      this.text(this.at, textEnd);
      if (lt < 0) break;
      this.at = lt;
      if (this.xml.startsWith("<?", lt)) this.instruction();
      else if (this.xml.startsWith("<!--", lt)) this.comment();
      else if (this.xml.startsWith("<![CDATA[", lt)) this.cdata();
      else if (this.xml.startsWith("<!", lt)) this.fail("a declaration (<!…), which no package part may hold");
      else if (this.xml.startsWith("</", lt)) this.endTag();
      else this.startTag();
    }
    if (this.open.length > 0) this.fail(`<${this.open[this.open.length - 1].name}> is not closed`);
    if (!this.rootSeen) this.fail("no root element");
  }

  private text(from: number, to: number): void {
    if (this.open.length === 0) {
      for (let i = from; i < to; i++) if (!isSpace(this.xml.charCodeAt(i))) this.fail("text outside the root element", i);
      return;
    }
    const cdataEnd = this.find("]]>", from, to);
    if (cdataEnd >= 0) this.fail("]]> in text", cdataEnd);
    this.references(from, to);
  }

  /** Every `&` in [from, to) starts a predefined entity or a character reference. */
  private references(from: number, to: number): void {
    for (let amp = this.find("&", from, to); amp >= 0; amp = this.find("&", amp + 1, to)) {
      const semicolon = this.find(";", amp, to);
      if (semicolon < 0) this.fail("an & that starts no reference", amp);
      const body = this.xml.slice(amp + 1, semicolon);
      const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : undefined;
      if (code === undefined ? !PREDEFINED.has(body) : !isXmlChar(code)) this.fail(`the reference &${body.slice(0, 20)}; is not defined`, amp);
    }
  }

  private instruction(): void {
    const end = this.xml.indexOf("?>", this.at + 2);
    if (end < 0) this.fail("a processing instruction that never ends");
    const target = /^<\?([^\s?]*)/.exec(this.xml.slice(this.at, Math.min(end, this.at + 40)))![1];
    const declarationStart = this.xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (target.toLowerCase() === "xml" && this.at !== declarationStart) this.fail("an XML declaration that is not at the start");
    this.at = end + 2;
  }

  private comment(): void {
    const end = this.xml.indexOf("-->", this.at + 4);
    if (end < 0) this.fail("a comment that never ends");
    const dashes = this.find("--", this.at + 4, end);
    if (dashes >= 0) this.fail("-- inside a comment", dashes);
    this.at = end + 3;
  }

  private cdata(): void {
    if (this.open.length === 0) this.fail("a CDATA section outside the root element");
    const end = this.xml.indexOf("]]>", this.at + 9);
    if (end < 0) this.fail("a CDATA section that never ends");
    this.at = end + 3;
  }

  private endTag(): void {
    this.at += 2;
    const name = this.name();
    this.skipSpace();
    this.expect(">");
    const element = this.open.pop();
    if (element === undefined) this.fail(`</${name}> closes no element`);
    if (element.name !== name) this.fail(`</${name}> closes <${element.name}>`);
    this.forget(element.declared);
  }

  private startTag(): void {
    if (this.open.length === 0 && this.rootSeen) this.fail("a second root element");
    const start = this.at;
    this.at += 1;
    const name = this.name();
    const attributes: { readonly name: string; readonly value: string; readonly at: number }[] = [];
    for (;;) {
      const spaced = this.skipSpace();
      if (this.xml.startsWith("/>", this.at) || this.xml.startsWith(">", this.at)) break;
      if (!spaced) this.fail(`no space before an attribute of <${name}>`);
      const at = this.at;
      const attribute = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      attributes.push({ name: attribute, value: this.attributeValue(), at });
    }
    const selfClosing = this.xml.startsWith("/>", this.at);
    this.at += selfClosing ? 2 : 1;

    const declared: string[] = [];
    const names = new Set<string>();
    for (const attribute of attributes) {
      if (names.has(attribute.name)) this.fail(`<${name}> has ${attribute.name} twice`, attribute.at);
      names.add(attribute.name);
      if (attribute.name.startsWith("xmlns:")) {
        this.declare(attribute.name.slice(6), attribute.value, attribute.at);
        declared.push(attribute.name.slice(6));
      }
    }
    this.resolve(name, start);
    const expanded = new Set<string>();
    for (const attribute of attributes) {
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:") || !attribute.name.includes(":")) continue;
      const key = `${this.resolve(attribute.name, attribute.at)} ${localName(attribute.name)}`;
      if (expanded.has(key)) this.fail(`<${name}> has the attribute ${attribute.name} twice, under two prefixes`, attribute.at);
      expanded.add(key);
    }
    if (selfClosing) this.forget(declared);
    else this.open.push({ name, declared });
    this.rootSeen = true;
  }

  private declare(prefix: string, namespace: string, at: number): void {
    if (namespace === "") this.fail(`xmlns:${prefix} declared empty`, at);
    if (prefix === "xmlns" || (prefix === "xml") !== (namespace === XML_NAMESPACE)) this.fail(`xmlns:${prefix} may not be declared so`, at);
    const namespaces = this.scope.get(prefix);
    if (namespaces === undefined) this.scope.set(prefix, [namespace]);
    else namespaces.push(namespace);
  }

  private forget(prefixes: readonly string[]): void {
    for (const prefix of prefixes) this.scope.get(prefix)!.pop();
  }

  /** The namespace of a prefixed name's prefix; "" for a name without one. */
  private resolve(qualifiedName: string, at: number): string {
    const colon = qualifiedName.indexOf(":");
    if (colon < 0) return "";
    const prefix = qualifiedName.slice(0, colon);
    const namespaces = this.scope.get(prefix);
    if (namespaces === undefined || namespaces.length === 0) this.fail(`the prefix ${prefix}: of ${qualifiedName} is not declared in scope`, at);
    return namespaces[namespaces.length - 1];
  }

  private attributeValue(): string {
    const quote = this.xml[this.at];
    if (quote !== '"' && quote !== "'") this.fail("an attribute value without quotes");
    const start = this.at + 1;
    const end = this.xml.indexOf(quote, start);
    if (end < 0) this.fail("an attribute value that never ends");
    const lt = this.find("<", start, end);
    if (lt >= 0) this.fail("< in an attribute value", lt);
    this.references(start, end);
    this.at = end + 1;
    return this.xml.slice(start, end);
  }

  /** A qualified name: an XML name with at most one colon, neither first nor last. */
  private name(): string {
    const start = this.at;
    if (!isNameStart(this.xml.charCodeAt(start))) this.fail("a name expected");
    let colons = 0;
    let i = start + 1;
    for (; i < this.xml.length && isNameChar(this.xml.charCodeAt(i)); i++) if (this.xml.charCodeAt(i) === 0x3a) colons++;
    const name = this.xml.slice(start, i);
    if (colons > 1 || name.endsWith(":")) this.fail(`${name.slice(0, 80)} is no qualified name`, start);
    this.at = i;
    return name;
  }

  /** Where `text` first starts within [from, to), or -1: a search never runs past the stretch it is about. */
  private find(text: string, from: number, to: number): number {
    const found = this.xml.slice(from, to).indexOf(text);
    return found < 0 ? -1 : from + found;
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (this.at < this.xml.length && isSpace(this.xml.charCodeAt(this.at))) this.at++;
    return this.at > start;
  }

  private expect(text: string): void {
    if (!this.xml.startsWith(text, this.at)) this.fail(`${text} expected`);
    this.at += text.length;
  }

  private fail(problem: string, at = this.at): never {
    throw new XmlProblem(`${problem} at character ${at}`);
  }
}

function localName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.indexOf(":") + 1);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** XML's NameStartChar without the colon (a prefix may not be empty), in the ranges XML 1.0 fifth edition gives. */
function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f && code !== 0x200c && code !== 0x200d));
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || code === 0x3a || code === 0x2d || code === 0x2e || (code >= 0x30 && code <= 0x39) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
