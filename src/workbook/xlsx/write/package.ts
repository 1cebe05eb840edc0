/**
 * The Open Packaging layer of an .xlsx: its zip entries (part names compare without regard to case), the
 * relationships that tie parts together and `[Content_Types].xml`. Parts are edited as text through splices.
 */
import JSZip from "jszip";
import { decodeXmlEntities } from "../workbook-xml";
import { appendContent, applySplices, escapeAttr, findElement, findElements, rawAttributes, rootPrefix, type Splice } from "./xml";

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

/** A part's relationships before it has any. */
export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

const CONTENT_TYPES_PART = "[Content_Types].xml";

export class Package {
  private readonly names = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {
    for (const entry of Object.values(zip.files)) if (!entry.dir) this.names.set(entry.name.toLowerCase(), entry.name);
  }

  static async open(data: Uint8Array): Promise<Package> {
    return new Package(await JSZip.loadAsync(data));
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  async text(part: string): Promise<string | null> {
    const name = this.names.get(part.toLowerCase());
    return name === undefined ? null : this.zip.file(name)!.async("string");
  }

  /** Writes a part under its existing spelling, or adds it. */
  put(part: string, text: string): void {
    const name = this.names.get(part.toLowerCase()) ?? part;
    this.names.set(part.toLowerCase(), name);
    this.zip.file(name, text, { createFolders: false });
  }

  remove(part: string): void {
    const name = this.names.get(part.toLowerCase());
    if (name === undefined) return;
    this.zip.remove(name);
    this.names.delete(part.toLowerCase());
  }

  /** Untouched entries keep their bytes and dates; JSZip re-deflates only what changed. */
  generate(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  // ── [Content_Types].xml ──

  async contentTypes(): Promise<ContentTypes> {
    const xml = await this.text(CONTENT_TYPES_PART);
    if (xml === null) throw new Error(`the package has no ${CONTENT_TYPES_PART}`);
    return new ContentTypes(xml);
  }

  saveContentTypes(types: ContentTypes): void {
    this.put(CONTENT_TYPES_PART, types.toXml());
  }
}

export class ContentTypes {
  private readonly splices: Splice[] = [];
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "Types");
  }

  /** Adds an Override for the part unless one is there already (part names start with `/`). */
  ensureOverride(part: string, contentType: string): void {
    if (this.override(part) !== null) return;
    const types = findElement(this.xml, `${this.prefix}Types`);
    if (types === null) throw new Error("[Content_Types].xml has no <Types>");
    const element = `<${this.prefix}Override PartName="${escapeAttr(`/${part}`)}" ContentType="${contentType}"/>`;
    this.splices.push(appendContent(types, `${this.prefix}Types`, element));
  }

  removeOverride(part: string): void {
    const span = this.override(part);
    if (span !== null) this.splices.push({ at: span.start, remove: span.end - span.start, insert: "" });
  }

  toXml(): string {
    return applySplices(this.xml, this.splices);
  }

  private override(part: string) {
    const wanted = `/${part}`.toLowerCase();
    return (
      findElements(this.xml, `${this.prefix}Override`).find(
        (span) => decodeXmlEntities(rawAttributes(span.startTag).get("PartName") ?? "").toLowerCase() === wanted,
      ) ?? null
    );
  }
}

// ── Relationships ──

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
