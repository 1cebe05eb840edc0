/**
 * An .xlsx package read straight from its bytes: the checks made before anything is inflated (what kind of
 * file it is, a readable zip directory, sizes within limits, a workbook part), then any part inflated by
 * Node's zlib, whole or as a stream of text chunks, so that a sheet of a million rows is never held inflated.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { UnreadableWorkbookError, type UnreadableReason } from "../port";
import { readZipDirectory, sniffContainer, zipTooLarge, type ZipEntry } from "./container";

export const WORKBOOK_PART = "xl/workbook.xml";

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class XlsxPackage {
  /** Entries by lower-case name: part names compare without regard to case. */
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly data: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) this.entries.set(entry.name.toLowerCase(), entry);
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
    if (!entries.some((entry) => entry.name === WORKBOOK_PART)) throw fail("no-workbook");
    return new XlsxPackage(data, entries);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A whole part as text; null when the package has no such part. */
  text(part: string): string | null {
    const entry = this.entries.get(part.toLowerCase());
    if (entry === undefined) return null;
    const stored = this.storedBytes(entry);
    const bytes = entry.method === STORED ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    return new TextDecoder().decode(bytes);
  }

  /**
   * A part as text chunks, inflated as they are read (zlib works on its own thread meanwhile). Throws when the
   * part inflates past the size its directory entry declares: the zip-bomb check relied on that size.
   */
  async *textChunks(part: string): AsyncGenerator<string> {
    const entry = this.entries.get(part.toLowerCase());
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
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > entry.uncompressedSize) {
        inflater.destroy();
        throw new Error(`${entry.name} inflates past the ${entry.uncompressedSize} bytes it declares`);
      }
      yield decoder.decode(chunk, { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  }

  /** The entry's data as stored (compressed or not), found through its local header. */
  private storedBytes(entry: ZipEntry): Uint8Array {
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
