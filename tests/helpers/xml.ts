/**
 * A small, strict XML parser for the add-in manifest: enough to prove it well-formed (one root, tags nested and
 * closed, attributes quoted and unique, entities known) and to walk it. Namespace prefixes are kept in the names
 * (`bt:Image`); no DTDs, which a manifest never has.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  if (raw.includes("<")) throw new Error(`line ${line}: "<" in text or attribute value`);
  return raw.replace(/&([^;]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(";")) throw new Error(`line ${line}: "&" not starting an entity`);
    if (entity in ENTITIES) return ENTITIES[entity];
    const code = /^#x([0-9a-f]+)$/i.exec(entity) ?? /^#(\d+)$/.exec(entity);
    if (code) return String.fromCodePoint(Number.parseInt(code[1], entity[1] === "x" ? 16 : 10));
    throw new Error(`line ${line}: unknown entity &${entity};`);
  });
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const lineAt = (at: number) => source.slice(0, at).split("\n").length;
  const fail = (message: string): never => {
    throw new Error(`line ${lineAt(pos)}: ${message}`);
  };
  const skipSpace = () => {
    while (/\s/.test(source[pos] ?? "")) pos++;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) fail("expected a name");
    pos += match![0].length;
    return match![0];
  };
  /** Skips comments and processing instructions; false when neither starts here. */
  const skipMisc = (): boolean => {
    for (const [open, close] of [["<!--", "-->"], ["<?", "?>"]] as const) {
      if (source.startsWith(open, pos)) {
        const end = source.indexOf(close, pos + open.length);
        if (end < 0) fail(`unclosed ${open}`);
        pos = end + close.length;
        return true;
      }
    }
    return false;
  };

  const readElement = (): XmlElement => {
    const line = lineAt(pos);
    pos++; // "<"
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "", line };
    for (;;) {
      skipSpace();
      if (source.startsWith("/>", pos)) {
        pos += 2;
        return element;
      }
      if (source[pos] === ">") {
        pos++;
        break;
      }
      const attribute = readName();
      skipSpace();
      if (source[pos] !== "=") fail(`attribute ${attribute} without a value`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} not quoted`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail(`attribute ${attribute} not closed`);
      if (attribute in element.attributes) fail(`attribute ${attribute} twice on <${element.name}>`);
      element.attributes[attribute] = decode(source.slice(pos + 1, end), lineAt(pos));
      pos = end + 1;
    }
    for (;;) {
      const next = source.indexOf("<", pos);
      if (next < 0) fail(`<${element.name}> (line ${line}) is never closed`);
      element.text += decode(source.slice(pos, next), lineAt(pos));
      pos = next;
      if (skipMisc()) continue;
      if (source.startsWith("</", pos)) {
        pos += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}> (line ${line})`);
        skipSpace();
        if (source[pos] !== ">") fail(`malformed </${name}>`);
        pos++;
        element.text = element.text.trim();
        return element;
      }
      element.children.push(readElement());
    }
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  let root: XmlElement | undefined;
  for (;;) {
    skipSpace();
    if (pos >= source.length) break;
    if (skipMisc()) continue;
    if (source[pos] !== "<" || root) fail("content outside the root element");
    root = readElement();
  }
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element below (and including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The first direct child of that name; throws when there is none, naming the parent's line. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> (line ${element.line}) has no <${name}>`);
  return found;
}

/** Follows a path of direct child names. */
export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}
