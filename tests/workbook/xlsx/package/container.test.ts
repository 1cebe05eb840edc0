import JSZip from "jszip";
import {
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  sniffContainer,
  zipTooLarge,
} from "../../../../src/workbook/xlsx/package/container";
import { compoundFile } from "../../../../scripts/corpus/containers";

const MB = 1024 ** 2;

describe("sniffContainer", () => {
  const ole = (text: string) =>
    Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(500), Buffer.from(text, "utf16le")]);

  it.each([
    ["a zip", Buffer.from("PK\u0003\u0004rest"), "zip"],
    ["an empty zip", Buffer.from("PK\u0005\u0006rest"), "zip"],
    ["an encrypted workbook", compoundFile(["EncryptionInfo", "EncryptedPackage"]), "encrypted"],
    ["an encrypted workbook, its directory listing the stream last", compoundFile(["\u0006DataSpaces", "EncryptedPackage", "EncryptionInfo"]), "encrypted"],
    ["an old .xls", compoundFile(["Workbook"]), "legacy-xls"],
    ["an .xls whose stream data, not its directory, holds the name", Buffer.concat([compoundFile(["Workbook"]), Buffer.from("EncryptionInfo", "utf16le")]), "legacy-xls"],
    ["a compound file whose header points out of it", ole("EncryptionInfo"), "legacy-xls"],
    ["text", Buffer.from("hello"), "not-a-zip"],
    ["nothing", Buffer.alloc(0), "not-a-zip"],
    ["an .xls whose cells say EncryptionInfo", Buffer.concat([ole(""), Buffer.from("EncryptionInfo")]), "legacy-xls"],
  ])("%s", (_, data, kind) => {
    expect(sniffContainer(data)).toBe(kind);
  });
});

describe("zipTooLarge", () => {
  const entry = (name: string, compressedSize: number, uncompressedSize: number) => ({
    name,
    compressedSize,
    uncompressedSize,
  });

  it("accepts an ordinary workbook, however well it compresses", () => {
    expect(zipTooLarge([entry("xl/worksheets/sheet1.xml", 2 * MB, 60 * MB), entry("a", 0, 0)])).toBeNull();
    expect(zipTooLarge([entry("xl/worksheets/sheet1.xml", 10_000, 50 * MB)])).toBeNull(); // ratio 5000, small
  });

  it("refuses an entry that inflates absurdly", () => {
    const bomb = [entry("xl/worksheets/sheet1.xml", 200_000, 200 * MB)];
    expect(zipTooLarge(bomb)).toBe("xl/worksheets/sheet1.xml inflates 1049 times, to 200 MB");
  });

  it("refuses entries that together inflate past the limit", () => {
    const parts = Array.from({ length: 5 }, (_, i) => entry(`part${i}`, 100 * MB, 500 * MB));
    expect(zipTooLarge(parts)).toBe("the entries inflate to 2500 MB");
    expect(zipTooLarge(parts.slice(0, 4))).toBeNull();
  });

  it("takes other limits", () => {
    expect(zipTooLarge([entry("a", 10, 2000)], { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 })).not.toBeNull();
  });
});

describe("readZipDirectory", () => {
  it("reads every entry's declared sizes", async () => {
    const zip = new JSZip()
      .file("xl/workbook.xml", "<workbook/>".repeat(1000))
      .file("예산.txt", "")
      .file("stored.bin", "abc", { compression: "STORE" });
    const data = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "a comment" });
    const entries = readZipDirectory(data)!;
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["xl/", 0],
      ["xl/workbook.xml", 11_000],
      ["예산.txt", 0],
      ["stored.bin", 3],
    ]);
    expect(entries[1].compressedSize).toBeLessThan(200);
    expect(entries[3].compressedSize).toBe(3);
  });

  it("reads zip64 sizes", () => {
    expect(readZipDirectory(zip64({ name: "big.xml", compressed: 5_000_000, uncompressed: 2 ** 33 }))).toEqual([
      { name: "big.xml", compressedSize: 5_000_000, uncompressedSize: 2 ** 33, method: 0, localHeaderOffset: 0, crc32: 0, modified: 0, nameBytes: Buffer.from("big.xml"), utf8Name: false },
    ]);
  });

  it("gives null for what is no readable zip", async () => {
    const data = await new JSZip().file("a.txt", "a").generateAsync({ type: "uint8array" });
    expect(readZipDirectory(data.subarray(0, data.length - 30))).toBeNull();
    expect(readZipDirectory(new Uint8Array(10))).toBeNull();
    const pointsPastTheEnd = data.slice();
    new DataView(pointsPastTheEnd.buffer).setUint32(data.length - 22 + 16, 1_000_000, true);
    expect(readZipDirectory(pointsPastTheEnd)).toBeNull();
  });
});

/** A zip64 archive's central directory (no file data: only the directory is read). */
function zip64(file: { name: string; compressed: number; uncompressed: number }): Uint8Array {
  const name = Buffer.from(file.name);
  const central = Buffer.alloc(46 + name.length + 20);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(20, 30);
  name.copy(central, 46);
  const extra = 46 + name.length;
  central.writeUInt16LE(0x0001, extra);
  central.writeUInt16LE(16, extra + 2);
  central.writeBigUInt64LE(BigInt(file.uncompressed), extra + 4);
  central.writeBigUInt64LE(BigInt(file.compressed), extra + 12);

  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(1n, 24);
  record.writeBigUInt64LE(1n, 32);
  record.writeBigUInt64LE(BigInt(central.length), 40);
  record.writeBigUInt64LE(0n, 48);

  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(central.length), 8);

  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([central, record, locator, end]);
}
