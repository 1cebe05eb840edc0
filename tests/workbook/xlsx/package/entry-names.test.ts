/**
 * Entry names are kept as the zip stored them, byte for byte, whatever they look like (`../x`, `./a/b`, `a//b`,
 * backslashes, a name in a local code page without the UTF-8 flag); reading still finds parts as Excel does.
 */
import { readZipDirectory, STORED } from "../../../../src/workbook/xlsx/package/container";
import { PackageEdit } from "../../../../src/workbook/xlsx/package/package-edit";
import { XlsxPackage } from "../../../../src/workbook/xlsx/package/xlsx-package";
import { checkZip } from "../../../../src/workbook/xlsx/package/zip-check";
import { crc32, newEntry, zipOf, type ZipEntryData } from "../../../../src/workbook/xlsx/package/zip-writer";

/** `예산.xml` in code page 949, as Korean Windows zip tools write it, without the UTF-8 flag. */
const CP949_NAME = Buffer.from([0xbf, 0xb9, 0xbb, 0xea, 0x2e, 0x78, 0x6d, 0x6c]);

function stored(name: string, text: string, nameBytes?: Uint8Array): ZipEntryData {
  const bytes = new TextEncoder().encode(text);
  return { name, method: STORED, data: bytes, crc32: crc32(bytes), uncompressedSize: bytes.length, modified: 0, ...(nameBytes && { nameBytes, utf8Name: false }) };
}

const NAMES = ["[Content_Types].xml", "xl\\workbook.xml", "../x", "./a/b", "a//b", "xl\\media\\image1.png", "docs/예산.txt"];

function input(): Buffer {
  return zipOf([...NAMES.map((name) => stored(name, `<p>${name}</p>`)), stored("?", "<p/>", CP949_NAME)]);
}

describe("entry names", () => {
  it("are written back byte for byte, a rewritten part's included", () => {
    const data = input();
    const pkg = XlsxPackage.open(data, "names.xlsx");
    expect(pkg.officeDocumentPart()).toBe("xl/workbook.xml");
    expect(pkg.text("xl/media/image1.png")).toBe("<p>xl\\media\\image1.png</p>");

    const edit = new PackageEdit(pkg);
    edit.put("xl/workbook.xml", "<workbook>edited</workbook>");
    const out = edit.toZip();
    expect(() => checkZip(out)).not.toThrow();

    const raw = (zip: Buffer) => readZipDirectory(zip)!.map((e) => [Buffer.from(e.nameBytes).toString("hex"), e.utf8Name]);
    expect(raw(out)).toEqual(raw(data));
    expect(readZipDirectory(out)!.map((e) => e.name)).toEqual([...NAMES, new TextDecoder().decode(CP949_NAME)]);
    expect(XlsxPackage.open(out, "out.xlsx").text("XL/WORKBOOK.XML")).toBe("<workbook>edited</workbook>");
  });

  it("are resolved as OPC part names on reading: ./ and empty segments and a leading slash dropped, .. kept apart", () => {
    const pkg = XlsxPackage.open(input(), "names.xlsx");
    // `./a/b` and `a//b` spell one part: the first listed is it, the other is still copied (the test above).
    expect(pkg.text("a/b")).toBe("<p>./a/b</p>");
    expect(pkg.has("/a/b")).toBe(true);
    expect(pkg.has("a/b/")).toBe(true);
    expect(pkg.has("x")).toBe(false);
    expect(pkg.has("../x")).toBe(true);
    const workbook = zipOf([stored("./xl//workbook.xml", "<workbook/>"), stored("xl/./worksheets//sheet1.xml", "<worksheet/>")]);
    const sheets = XlsxPackage.open(workbook, "dotted.xlsx");
    expect(sheets.officeDocumentPart()).toBe("xl/workbook.xml");
    expect(sheets.text("xl/worksheets/sheet1.xml")).toBe("<worksheet/>");
  });

  it("are written in UTF-8, flagged so, for a part added", () => {
    const pkg = XlsxPackage.open(input(), "names.xlsx");
    const edit = new PackageEdit(pkg);
    edit.put("xl/요약.xml", "<a/>");
    const added = readZipDirectory(edit.toZip())!.at(-1)!;
    expect([added.name, added.utf8Name, Buffer.from(added.nameBytes).equals(Buffer.from("xl/요약.xml"))]).toEqual(["xl/요약.xml", true, true]);
    expect(newEntry("a.xml", "<a/>").nameBytes).toBeUndefined();
  });
});
