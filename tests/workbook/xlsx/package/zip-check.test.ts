import { BrokenPackageError } from "../../../../src/workbook/xlsx/package/broken-package";
import { STORED } from "../../../../src/workbook/xlsx/package/container";
import { checkZip } from "../../../../src/workbook/xlsx/package/zip-check";
import { crc32, newEntry, zipOf } from "../../../../src/workbook/xlsx/package/zip-writer";

const TEXT = "<worksheet>" + "<row/>".repeat(200) + "</worksheet>";

function good(): Buffer {
  const bytes = new TextEncoder().encode("<Types/>");
  const stored = { name: "[Content_Types].xml", method: STORED, data: bytes, crc32: crc32(bytes), uncompressedSize: bytes.length, modified: 0 };
  return zipOf([stored, newEntry("xl/worksheets/sheet1.xml", TEXT)]);
}

/** The data of the second entry starts after the first entry's header, name and data. */
const SECOND_DATA = 30 + "[Content_Types].xml".length + "<Types/>".length + 30 + "xl/worksheets/sheet1.xml".length;

function brokenAt(data: Buffer): string {
  try {
    checkZip(data);
  } catch (error) {
    if (error instanceof BrokenPackageError) return error.message;
    throw error;
  }
  return "no problem";
}

describe("checkZip", () => {
  it("reads back what the zip writer writes", () => {
    expect(brokenAt(good())).toBe("no problem");
  });

  it("names the entry whose data does not inflate to what its headers declare", () => {
    const flipped = good();
    flipped[SECOND_DATA + 3] ^= 0xff;
    expect(brokenAt(flipped)).toMatch(/^xl\/worksheets\/sheet1\.xml: (it does not inflate|it inflates to|its CRC-32 differs)/);

    const stored = good();
    stored[30 + "[Content_Types].xml".length] ^= 0x01;
    expect(brokenAt(stored)).toBe("[Content_Types].xml: its CRC-32 differs from the one declared");
  });

  it("names an entry whose local header disagrees with the directory, or is missing", () => {
    const renamed = good();
    renamed[30] = "X".charCodeAt(0);
    expect(brokenAt(renamed)).toBe("[Content_Types].xml: the local header differs from the directory");
    const noHeader = good();
    noHeader[0] = 0;
    expect(brokenAt(noHeader)).toBe("[Content_Types].xml: no local header where the directory points");
  });

  it("refuses a zip whose directory is gone, or that names one part twice", () => {
    expect(brokenAt(good().subarray(0, 60))).toMatch(/central directory cannot be read/);
    expect(brokenAt(zipOf([newEntry("a.xml", "<a/>"), newEntry("A.XML", "<a/>")]))).toBe("A.XML: a second entry of that name");
  });
});
