/**
 * What kind of file a buffer holds, judged from its bytes before any library parses it, and the sizes a zip
 * promises in its central directory, so that a zip bomb is refused before anything is inflated.
 */
import { compoundFileNames } from "./compound-file";

export type ContainerKind = "zip" | "encrypted" | "legacy-xls" | "not-a-zip";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffContainer(data: Uint8Array): ContainerKind {
  // Excel saves a password-protected .xlsx as a compound file with an `EncryptionInfo` stream in its directory.
  if (startsWith(data, OLE_MAGIC)) return compoundFileNames(data).includes("EncryptionInfo") ? "encrypted" : "legacy-xls";
  // A local file header, or the end record of an empty archive.
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  return "not-a-zip";
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

export interface ZipEntrySize {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** Compression methods, the only two an .xlsx uses. */
export const STORED = 0;
export const DEFLATED = 8;

/** An entry of the central directory: its sizes, where and how its data is stored, and what copies it as is. */
export interface ZipEntry extends ZipEntrySize {
  /** STORED or DEFLATED. */
  readonly method: number;
  /** Offset of the entry's local file header. */
  readonly localHeaderOffset: number;
  /** CRC-32 of the inflated data. */
  readonly crc32: number;
  /** Last modified, in MS-DOS form: time in the low 16 bits, date in the high ones. */
  readonly modified: number;
  /** The name as stored, which a copy keeps byte for byte (a name in a local code page decodes to no text). */
  readonly nameBytes: Uint8Array;
  /** Whether the entry declares its name UTF-8 (general purpose flag bit 11). */
  readonly utf8Name: boolean;
}

/** General purpose flag bit 11: the name is UTF-8. */
export const UTF8_NAME = 0x0800;

export interface ZipLimits {
  /** Refuse when all entries together would inflate to more than this. */
  readonly maxTotalBytes: number;
  /** Refuse an entry that inflates more than `maxRatio` times and to more than `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 1000,
  ratioFloorBytes: 100 * 1024 ** 2,
};

/** Why the entries are too large to inflate, or null when they are fine. */
export function zipTooLarge(entries: readonly ZipEntrySize[], limits = DEFAULT_ZIP_LIMITS): string | null {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxRatio && entry.uncompressedSize > limits.ratioFloorBytes) {
      return `${entry.name} inflates ${Math.round(ratio)} times, to ${megabytes(entry.uncompressedSize)}`;
    }
  }
  return total > limits.maxTotalBytes ? `the entries inflate to ${megabytes(total)}` : null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2)} MB`;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;

/** Every entry of the central directory as it declares itself; null when the directory cannot be found or read. */
export function readZipDirectory(data: Uint8Array): ZipEntry[] | null {
  try {
    return readEntries(new DataView(data.buffer, data.byteOffset, data.byteLength), data);
  } catch (error) {
    if (error instanceof RangeError) return null; // an offset or length that points past the end
    throw error;
  }
}

function readEntries(view: DataView, data: Uint8Array): ZipEntry[] | null {
  const eocd = findEndRecord(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const record = readUint64(view, locator + 8);
    if (view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = readUint64(view, record + 32);
    offset = readUint64(view, record + 48);
  }

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0, p = offset; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL_HEADER) return null;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const modified = view.getUint32(p + 12, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    let zip64 = findExtraField(view, p + 46 + nameLength, extraLength, ZIP64_EXTRA);
    // The zip64 field holds only the fields whose 32-bit values overflowed, in this order.
    if (zip64 >= 0 && uncompressedSize === 0xffffffff) {
      uncompressedSize = readUint64(view, zip64);
      zip64 += 8;
    }
    if (zip64 >= 0 && compressedSize === 0xffffffff) {
      compressedSize = readUint64(view, zip64);
      zip64 += 8;
    }
    if (zip64 >= 0 && localHeaderOffset === 0xffffffff) localHeaderOffset = readUint64(view, zip64);
    entries.push({ name, compressedSize, uncompressedSize, method, localHeaderOffset, crc32, modified, nameBytes, utf8Name: (flags & UTF8_NAME) !== 0 });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Scans back over a comment of up to 64 KiB for the end-of-central-directory record. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}

/** Where the data of the extra field with the given id starts, or -1. */
function findExtraField(view: DataView, start: number, length: number, id: number): number {
  for (let p = start; p + 4 <= start + length; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) === id) return p + 4;
  }
  return -1;
}

function readUint64(view: DataView, offset: number): number {
  return Number(view.getBigUint64(offset, true));
}
