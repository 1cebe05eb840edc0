/**
 * Files that are not workbooks but arrive named .xlsx: an OLE compound file (what Excel saves for a
 * password-protected workbook and for old .xls files), a zip bomb, and zips whose headers say what a hostile
 * writer wants them to. Built by hand, byte by byte.
 */
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const DOS_1980_01_01 = (1 << 5) | 1;

/** A compound file holding empty streams of the given names: enough for any reader to tell what it is. */
export function compoundFile(streamNames: readonly string[]): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(FREE, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(END_OF_CHAIN, at + 116); // no data
  };
  entry(0, "Root Entry", 5, streamNames.length > 0 ? 1 : FREE, FREE);
  streamNames.slice(0, 3).forEach((name, i) => entry(i + 1, name, 2, FREE, i + 2 <= streamNames.length - 1 ? i + 2 : FREE));
  return Buffer.concat([header, fat, directory]);
}

/**
 * A zip of a few megabytes whose one entry, `xl/workbook.xml`, inflates to `inflatedBytes` of spaces: what a
 * reader that trusts a file would try to hold in memory.
 */
export async function zipBomb(inflatedBytes: number): Promise<Buffer> {
  const name = Buffer.from("xl/workbook.xml");
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on("data", (d: Buffer) => parts.push(d));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  let crc = 0;
  for (let written = 0; written < inflatedBytes; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  const data = Buffer.concat(parts);
  const size = Math.ceil(inflatedBytes / chunk.length) * chunk.length;

  // ZIP64 sizes: past 4 GiB the 32-bit fields cannot hold the inflated size.
  const zip64 = (withOffset: boolean) => {
    const extra = Buffer.alloc(4 + (withOffset ? 24 : 16));
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(extra.length - 4, 2);
    extra.writeBigUInt64LE(BigInt(size), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    if (withOffset) extra.writeBigUInt64LE(0n, 20);
    return extra;
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(DOS_1980_01_01, 12);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(0xffffffff, 18);
  local.writeUInt32LE(0xffffffff, 22);
  local.writeUInt16LE(name.length, 26);
  const localExtra = zip64(false);
  local.writeUInt16LE(localExtra.length, 28);

  const centralOffset = local.length + name.length + localExtra.length + data.length;
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 4);
  central.writeUInt16LE(45, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(DOS_1980_01_01, 14);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  const centralExtra = zip64(true);
  central.writeUInt16LE(centralExtra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const centralSize = central.length + name.length + centralExtra.length;

  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(1n, 24);
  end64.writeBigUInt64LE(1n, 32);
  end64.writeBigUInt64LE(BigInt(centralSize), 40);
  end64.writeBigUInt64LE(BigInt(centralOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, localExtra, data, central, name, centralExtra, end64, locator, end]);
}

/** One entry of a hand-built zip: its name written exactly as given, and what its headers may lie about. */
export interface RawEntry {
  /** Backslashes, `../` and all: written byte for byte. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Stored rather than deflated (an ODF `mimetype` must be). */
  readonly stored?: boolean;
  /** The inflated size the headers declare, if not the true one. */
  readonly declaredSize?: number;
  /** The CRC-32 the headers declare, if not the true one. */
  readonly declaredCrc?: number;
}

/** A zip of the entries in order, dated 1980-01-01 so the same entries always make the same bytes. */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.stored ? Buffer.from(entry.data) : deflateRawSync(entry.data);
    const fields = Buffer.alloc(18);
    fields.writeUInt16LE(entry.stored ? 0 : 8, 0);
    fields.writeUInt16LE(0, 2); // time
    fields.writeUInt16LE(DOS_1980_01_01, 4);
    fields.writeUInt32LE((entry.declaredCrc ?? crc32(entry.data)) >>> 0, 6);
    fields.writeUInt32LE(data.length, 10);
    fields.writeUInt32LE(entry.declaredSize ?? entry.data.length, 14);
    const flags = Buffer.alloc(2);
    flags.writeUInt16LE(1 << 11); // names are UTF-8
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    flags.copy(local, 6);
    fields.copy(local, 8);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    flags.copy(central, 8);
    fields.copy(central, 10);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
