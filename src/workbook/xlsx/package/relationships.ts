/**
 * The relationships that tie a package's parts together (`_rels/*.rels`): read, and edited as text through
 * splices, so that a part gains or loses a relationship and every other byte of it stays.
 */
import { appendContent, applySplices, decodeXmlEntities, escapeAttr, findElement, findElements, rawAttributes, rootPrefix, type Splice } from "./xml";

const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${REL_BASE}/officeDocument`,
  worksheet: `${REL_BASE}/worksheet`,
  styles: `${REL_BASE}/styles`,
  calcChain: `${REL_BASE}/calcChain`,
  hyperlink: `${REL_BASE}/hyperlink`,
  customXml: `${REL_BASE}/customXml`,
  customXmlProps: `${REL_BASE}/customXmlProps`,
} as const;

/** The main document's relationship, as transitional and as strict (ISO 29500 Strict) packages type it. */
export const OFFICE_DOCUMENT_TYPES = [REL_TYPE.officeDocument, "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"] as const;

/** A part's relationships before it has any. */
export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved to a zip entry name; undefined for an external target. */
  readonly part: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

export class Relationships {
  readonly list: Relationship[];
  private readonly splices: Splice[] = [];
  private readonly prefix: string;
  private readonly ids: Set<string>;

  /** `xml` is the rels part of the part `source`. */
  constructor(
    private readonly xml: string,
    source: string,
  ) {
    this.prefix = rootPrefix(xml, "Relationships");
    this.list = findElements(xml, `${this.prefix}Relationship`).map((span) => {
      const attrs = rawAttributes(span.startTag);
      const target = decodeXmlEntities(attrs.get("Target") ?? "");
      const external = attrs.get("TargetMode") === "External";
      return {
        id: decodeXmlEntities(attrs.get("Id") ?? ""),
        type: decodeXmlEntities(attrs.get("Type") ?? ""),
        part: external ? undefined : resolveTarget(folderOf(source), target),
        start: span.start,
        end: span.end,
      };
    });
    this.ids = new Set(this.list.map((r) => r.id));
  }

  byType(type: string): Relationship | undefined {
    return this.list.find((r) => r.type === type);
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Whether any relationship was added since the part was read. */
  get changed(): boolean {
    return this.splices.length > 0;
  }

  /** Adds a relationship with a new `rIdN` and returns that id; an external target is a URI outside the package. */
  add(type: string, relativeTarget: string, external = false): string {
    let n = 1 + Math.max(0, ...[...this.ids].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0)));
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    const root = findElement(this.xml, `${this.prefix}Relationships`);
    if (root === null) throw new Error("a relationships part has no <Relationships>");
    const mode = external ? ' TargetMode="External"' : "";
    const element = `<${this.prefix}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget)}"${mode}/>`;
    this.splices.push(appendContent(root, `${this.prefix}Relationships`, element));
    return id;
  }

  remove(relationship: Relationship): void {
    this.splices.push({ at: relationship.start, remove: relationship.end - relationship.start, insert: "" });
  }

  toXml(): string {
    return applySplices(this.xml, this.splices);
  }
}

/** A relationship target, relative to the source's folder or absolute from the package root, as a zip entry name. */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const segment of safeDecodeUri(path).split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
