import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { DEFLATED, readZipDirectory } from "../../../../src/workbook/xlsx/package/container";
import { crc32, newEntry, zipOf } from "../../../../src/workbook/xlsx/package/zip-writer";

describe("crc32", () => {
  it("is the zip format's CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("zipOf", () => {
  it("writes a zip other readers read back, Korean names included", async () => {
    const data = zipOf([newEntry("[Content_Types].xml", "<Types/>"), newEntry("xl/예산.xml", "<계/>".repeat(500))]);
    const zip = await JSZip.loadAsync(data);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toBe("<Types/>");
    expect(await zip.file("xl/예산.xml")!.async("string")).toBe("<계/>".repeat(500));
  });

  it("declares each entry's method, sizes and CRC in its directory, and deflates what it writes anew", () => {
    const text = "<workbook/>".repeat(100);
    const data = zipOf([newEntry("xl/workbook.xml", text)]);
    const [entry] = readZipDirectory(data)!;
    expect(entry).toMatchObject({ name: "xl/workbook.xml", method: DEFLATED, uncompressedSize: text.length, crc32: crc32(new TextEncoder().encode(text)) });
    expect(entry.compressedSize).toBeLessThan(text.length);
    const start = 30 + entry.name.length;
    expect(inflateRawSync(data.subarray(start, start + entry.compressedSize)).toString()).toBe(text);
  });

  it("gives the same bytes for the same entries, whenever they are written", () => {
    const entries = () => [newEntry("a.xml", "<a/>")];
    expect(zipOf(entries()).equals(zipOf(entries()))).toBe(true);
  });
});
