/**
 * Edits of a package, kept beside it until the new package is written: parts put (under their existing
 * spelling) or removed. Every part not edited is copied as the zip stores it, byte for byte, date and all; every
 * part put is checked to be well-formed XML with its namespaces in scope before the package is made of it.
 */
import { BrokenPackageError } from "./broken-package";
import { CONTENT_TYPES_PART, ContentTypes } from "./content-types";
import { partKey, type XlsxPackage } from "./xlsx-package";
import { xmlProblem } from "./xml-check";
import { newEntry, zipOf, type ZipEntryData } from "./zip-writer";

export class PackageEdit {
  /** New texts by part key, with the name they are written under. */
  private readonly puts = new Map<string, { readonly name: string; readonly text: string }>();
  private readonly removed = new Set<string>();

  constructor(readonly pkg: XlsxPackage) {}

  has(part: string): boolean {
    const key = partKey(part);
    return this.puts.has(key) || (!this.removed.has(key) && this.pkg.has(part));
  }

  /** A part's text as edited so far; null when there is no such part. */
  text(part: string): string | null {
    const key = partKey(part);
    if (this.puts.has(key)) return this.puts.get(key)!.text;
    return this.removed.has(key) ? null : this.pkg.text(part);
  }

  /** Writes a part under its existing spelling, or adds it. */
  put(part: string, text: string): void {
    const key = partKey(part);
    this.removed.delete(key);
    this.puts.set(key, { name: this.puts.get(key)?.name ?? this.pkg.entry(part)?.name ?? part, text });
  }

  remove(part: string): void {
    const key = partKey(part);
    this.puts.delete(key);
    this.removed.add(key);
  }

  contentTypes(): ContentTypes {
    const xml = this.text(CONTENT_TYPES_PART);
    if (xml === null) throw new Error(`the package has no ${CONTENT_TYPES_PART}`);
    return new ContentTypes(xml);
  }

  saveContentTypes(types: ContentTypes): void {
    this.put(CONTENT_TYPES_PART, types.toXml());
  }

  /**
   * The new package: the parts in their order, then the parts added, in the order they were put. Throws a
   * BrokenPackageError, and makes nothing, when a part put is not XML that every reader takes.
   */
  toZip(): Buffer {
    for (const { name, text } of this.puts.values()) {
      const problem = xmlProblem(text);
      if (problem !== null) throw new BrokenPackageError(name, problem);
    }
    const entries: ZipEntryData[] = [];
    const written = new Set<string>();
    for (const entry of this.pkg.list()) {
      const key = partKey(entry.name);
      written.add(key);
      // A second entry spelling the same part (`./a/b` after `a//b`) is no part a reader sees: it is copied as is.
      const shadowed = this.pkg.entry(entry.name) !== entry;
      const put = shadowed ? undefined : this.puts.get(key);
      // A part rewritten keeps its entry's name, byte for byte.
      if (put !== undefined) entries.push({ ...newEntry(put.name, put.text), nameBytes: entry.nameBytes, utf8Name: entry.utf8Name });
      else if (shadowed || !this.removed.has(key)) entries.push({ ...entry, data: this.pkg.storedBytes(entry) });
    }
    for (const [key, put] of this.puts) if (!written.has(key)) entries.push(newEntry(put.name, put.text));
    return zipOf(entries);
  }
}
