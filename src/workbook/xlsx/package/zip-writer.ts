/**
 * Writes a zip archive from entries whose data is already as the zip stores it: a part copied from the package
 * read keeps its compressed bytes, its CRC and its date, so it is neither inflated nor deflated again; a part
 * written anew is deflated here. Parts written anew carry a fixed date (1980-01-01, the first a zip can hold),
 * so that the same input gives the same bytes whenever it is written.
 */
import { deflateRawSync } from "node:zlib";
import { DEFLATED, UTF8_NAME } from "./container";

export interface ZipEntryData {
  readonly name: string;
  /** STORED or DEFLATED. */
  readonly method: number;
  /** The data as stored: deflated when `method` says so. */
  readonly data: Uint8Array;
  readonly crc32: number;
  readonly uncompressedSize: number;
  /** MS-DOS time in the low 16 bits, date in the high ones. */
  readonly modified: number;
  /** The name as a zip read stored it, written as is; a name without these bytes is written in UTF-8. */
  readonly nameBytes?: Uint8Array;
  readonly utf8Name?: boolean;
}

/** 1980-01-01 00:00 in MS-DOS form. */
const FIXED_DATE = ((0 << 9) | (1 << 5) | 1) << 16;
const VERSION = 20;
const LIMIT_32 = 0xffffffff;

/** A part written anew: its text deflated. */
export function newEntry(name: string, text: string): ZipEntryData {
  const bytes = new TextEncoder().encode(text);
  return { name, method: DEFLATED, data: deflateRawSync(bytes), crc32: crc32(bytes), uncompressedSize: bytes.length, modified: FIXED_DATE };
}

/** The fields a local and a central header both hold, laid out alike from `at` in each. */
function writeSharedFields(header: Buffer, at: number, flags: number, entry: ZipEntryData, nameLength: number): void {
  header.writeUInt16LE(flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt32LE(entry.modified >>> 0, at + 4);
  header.writeUInt32LE(entry.crc32 >>> 0, at + 8);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.uncompressedSize, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

export function zipOf(entries: readonly ZipEntryData[]): Buffer {
  if (entries.length > 0xffff) throw new Error("too many parts for a zip without zip64");
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = entry.nameBytes ?? encoder.encode(entry.name);
    const utf8 = entry.nameBytes === undefined ? name.length !== entry.name.length : entry.utf8Name === true;
    const flags = utf8 ? UTF8_NAME : 0;
    if (offset > LIMIT_32 || entry.data.length > LIMIT_32 || entry.uncompressedSize > LIMIT_32) throw new Error("a package too large to write without zip64");
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    writeSharedFields(local, 6, flags, entry, name.length);
    local.set(name, 30);

    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    writeSharedFields(central, 8, flags, entry, name.length);
    central.writeUInt32LE(offset, 42);
    central.set(name, 46);

    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  if (offset > LIMIT_32) throw new Error("a package too large to write without zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The zip format's CRC-32 (ISO 3309) of the inflated data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
