/**
 * Reads a zip we wrote back as a reader would, before it may become a file: the directory, then each entry's
 * local header against its central one, its data within the file, inflated to the size and CRC declared.
 */
import { inflateRawSync } from "node:zlib";
import { BrokenPackageError } from "./broken-package";
import { DEFLATED, readZipDirectory, STORED, type ZipEntry } from "./container";
import { entrySpelling } from "./xlsx-package";
import { crc32 } from "./zip-writer";

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR_FLAG = 0x0008;

/** Throws a BrokenPackageError naming the first entry that a reader could not take as it is declared. */
export function checkZip(data: Uint8Array): void {
  const entries = readZipDirectory(data);
  if (entries === null) throw new BrokenPackageError("(zip directory)", "the central directory cannot be read");
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const names = new Set<string>();
  let dataEnd = 0;
  for (const entry of entries) {
    // Two spellings of one part (`./a/b`, `a//b`) are two entries to a zip reader: a copied package may hold them.
    const key = entrySpelling(entry.name);
    if (names.has(key)) throw new BrokenPackageError(entry.name, "a second entry of that name");
    names.add(key);
    const problem = entryProblem(view, data, entry, dataEnd);
    if (typeof problem === "string") throw new BrokenPackageError(entry.name, problem);
    dataEnd = problem;
  }
}

/** What is wrong with the entry, or where its data ends; `from` is where the data of the entry before ended. */
function entryProblem(view: DataView, data: Uint8Array, entry: ZipEntry, from: number): string | number {
  const at = entry.localHeaderOffset;
  if (at < from || at + 30 > data.length || view.getUint32(at, true) !== LOCAL_HEADER) return "no local header where the directory points";
  const flags = view.getUint16(at + 6, true);
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) return "its data runs past the end of the file";
  const mismatch =
    (flags & DATA_DESCRIPTOR_FLAG) !== 0 ||
    view.getUint16(at + 8, true) !== entry.method ||
    view.getUint32(at + 14, true) !== entry.crc32 ||
    view.getUint32(at + 18, true) !== entry.compressedSize ||
    view.getUint32(at + 22, true) !== entry.uncompressedSize ||
    !Buffer.from(data.subarray(at + 30, at + 30 + nameLength)).equals(entry.nameBytes);
  if (mismatch) return "the local header differs from the directory";
  const stored = data.subarray(start, end);
  let inflated: Uint8Array;
  if (entry.method === STORED) inflated = stored;
  else if (entry.method === DEFLATED) {
    try {
      inflated = inflateRawSync(stored, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      return `it does not inflate (${error instanceof Error ? error.message : String(error)})`;
    }
  } else return `compression method ${entry.method}`;
  if (inflated.length !== entry.uncompressedSize) return `it inflates to ${inflated.length} bytes, not the ${entry.uncompressedSize} declared`;
  if (crc32(inflated) !== entry.crc32) return "its CRC-32 differs from the one declared";
  return end;
}
