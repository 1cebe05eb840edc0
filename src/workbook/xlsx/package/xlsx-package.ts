/**
 * An .xlsx package read straight from its bytes, once for reading and writing alike: the checks made before
 * anything is inflated (what kind of file it is, a readable zip directory, sizes within limits, a workbook
 * part), then any part inflated by Node's zlib, whole or as a stream of text chunks, so that a sheet of a
 * million rows is never held inflated. A part read whole is kept: the writer reads again what the reader read.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { UnreadableWorkbookError, type UnreadableReason } from "../../port";
import { DEFLATED, readZipDirectory, sniffContainer, STORED, zipTooLarge, type ZipEntry } from "./container";
import { OFFICE_DOCUMENT_TYPES, Relationships } from "./relationships";

/** Where Excel puts the workbook part: where it is looked for when the package relationships name none. */
const USUAL_WORKBOOK_PART = "xl/workbook.xml";
const PACKAGE_RELATIONSHIPS = "_rels/.rels";

/** A package, or the bytes of one: a command that reads and writes one file opens its package once. */
export type XlsxInput = XlsxPackage | Uint8Array;

const LOCAL_HEADER = 0x04034b50;

/**
 * An entry's name as zip readers compare names: without regard to case, with the backslashes some writers put in
 * entry names read as the slashes they stand for, as Excel reads them.
 */
export function entrySpelling(name: string): string {
  return name.replace(/\\/g, "/").toLowerCase();
}

/**
 * A part's name as parts are compared: its entry's spelling, resolved as OPC resolves a part name (ECMA-376
 * Part 2, 9.1.1): `./` segments, empty segments (`a//b`) and a leading `/` dropped. `..` stays, so an entry
 * outside the package (`../x`) never stands for a part inside it. The entries keep their own spelling on output.
 */
export function partKey(name: string): string {
  return entrySpelling(name)
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/");
}

export class XlsxPackage {
  /** Entries by part key (`partKey`); of two entries spelling one part, the first, as the zip lists them. */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private workbookPart = USUAL_WORKBOOK_PART;

  private constructor(
    private readonly data: Uint8Array,
    /** Names the file in error messages. */
    readonly label: string,
    /** Every entry, in the order the zip directory lists them: one that spells a part already listed is kept too. */
    private readonly all: readonly ZipEntry[],
  ) {
    for (const entry of all) if (!this.entries.has(partKey(entry.name))) this.entries.set(partKey(entry.name), entry);
  }

  /** Opens the package, refusing what is no readable .xlsx with an UnreadableWorkbookError naming `label`. */
  static open(data: Uint8Array, label: string): XlsxPackage {
    const fail = (reason: UnreadableReason, detail?: string) => new UnreadableWorkbookError(label, reason, detail);
    const kind = sniffContainer(data);
    if (kind !== "zip") throw fail(kind);
    const entries = readZipDirectory(data);
    if (entries === null) throw fail("corrupt", "the zip directory cannot be read");
    const tooLarge = zipTooLarge(entries);
    if (tooLarge !== null) throw fail("too-large", tooLarge);
    const pkg = new XlsxPackage(data, label, entries);
    let related: string | undefined;
    try {
      related = pkg.relatedWorkbookPart();
    } catch (error) {
      throw fail("corrupt", `${PACKAGE_RELATIONSHIPS}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // OPC finds the workbook through the package relationships; a package without them still opens at Excel's place.
    // An .xlsb relates its workbook.bin the same way: told by its parts before it is taken for XML.
    const other = otherFormatOf(entries);
    const part = [related, USUAL_WORKBOOK_PART].find((name) => name !== undefined && pkg.has(name));
    if (other !== undefined || part === undefined) throw fail(other ?? "no-workbook");
    pkg.workbookPart = part;
    return pkg;
  }

  /** The package itself, or the bytes opened (see `open`). */
  static of(input: XlsxInput, label: string): XlsxPackage {
    return input instanceof XlsxPackage ? input : XlsxPackage.open(input, label);
  }

  has(part: string): boolean {
    return this.entries.has(partKey(part));
  }

  /** Every entry, in the order the zip directory lists them. */
  list(): readonly ZipEntry[] {
    return this.all;
  }

  /** The entry of a part, by any spelling of its name. */
  entry(part: string): ZipEntry | undefined {
    return this.entries.get(partKey(part));
  }

  /** A whole part as text; null when the package has no such part. */
  text(part: string): string | null {
    const entry = this.entry(part);
    if (entry === undefined) return null;
    let text = this.texts.get(entry.name);
    if (text === undefined) {
      const stored = this.storedBytes(entry);
      const bytes = entry.method === STORED ? stored : inflated(entry, stored);
      this.texts.set(entry.name, (text = new TextDecoder().decode(bytes)));
    }
    return text;
  }

  /**
   * A part as text chunks, inflated as they are read (zlib works on its own thread meanwhile). Throws when the
   * part inflates past the size its directory entry declares: the zip-bomb check relied on that size.
   */
  async *textChunks(part: string): AsyncGenerator<string> {
    const entry = this.entry(part);
    if (entry === undefined) return;
    const stored = this.storedBytes(entry);
    const decoder = new TextDecoder();
    if (entry.method === STORED) {
      yield decoder.decode(stored);
      return;
    }
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(stored);
    let inflated = 0;
    const chunks = (inflater as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    for (;;) {
      const next = await chunks.next().catch((error: unknown) => {
        throw new Error(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (next.done === true) break;
      inflated += next.value.length;
      if (inflated > entry.uncompressedSize) {
        inflater.destroy();
        throw new Error(`${entry.name} inflates past the ${entry.uncompressedSize} bytes it declares`);
      }
      yield decoder.decode(next.value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  }

  /** The workbook part (`xl/workbook.xml`, `workbook.xml`, `xl/book.xml`…), with slashes, whatever the zip's spelling. */
  officeDocumentPart(): string {
    return this.workbookPart;
  }

  /** The part the package relationships name as the main document, transitional or strict; undefined if none. */
  private relatedWorkbookPart(): string | undefined {
    const xml = this.text(PACKAGE_RELATIONSHIPS);
    if (xml === null) return undefined;
    const rels = new Relationships(xml, "");
    return OFFICE_DOCUMENT_TYPES.map((type) => rels.byType(type)?.part).find((part) => part !== undefined);
  }

  /** The entry's data as stored (compressed or not), found through its local header. */
  storedBytes(entry: ZipEntry): Uint8Array {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new Error(`${entry.name} uses compression method ${entry.method}`);
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new Error(`${entry.name}: no local header`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new Error(`${entry.name} runs past the end of the file`);
    return this.data.subarray(start, end);
  }
}

/** A part inflated whole, no larger than its entry declares; a failure names the part. */
function inflated(entry: ZipEntry, stored: Uint8Array): Uint8Array {
  try {
    return inflateRawSync(stored, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    throw new Error(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Zip packages that are spreadsheets of another format, told by their parts' names: said for what they are. */
function otherFormatOf(entries: readonly ZipEntry[]): "opendocument" | "xlsb" | undefined {
  const names = new Set(entries.map((entry) => partKey(entry.name)));
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("mimetype") && names.has("content.xml")) return "opendocument";
  return undefined;
}
