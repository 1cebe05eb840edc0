/**
 * `[Content_Types].xml`, which names the content type of every part: overrides added and removed as text
 * through splices, every other byte kept.
 */
import { appendContent, applySplices, decodeXmlEntities, escapeAttr, findElement, findElements, rawAttributes, rootPrefix, type Splice } from "./xml";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

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
