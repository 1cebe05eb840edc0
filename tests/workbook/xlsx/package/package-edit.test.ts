import JSZip from "jszip";
import { readZipDirectory } from "../../../../src/workbook/xlsx/package/container";
import { BrokenPackageError } from "../../../../src/workbook/xlsx/package/broken-package";
import { PackageEdit } from "../../../../src/workbook/xlsx/package/package-edit";
import { UnreadableWorkbookError } from "../../../../src/workbook/port";
import { XlsxPackage } from "../../../../src/workbook/xlsx/package/xlsx-package";

const MODIFIED = new Date(2019, 4, 17, 10, 30, 0);

async function input(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>", { date: MODIFIED });
  zip.file("xl/workbook.xml", "<workbook/>".repeat(50), { date: MODIFIED });
  zip.file("xl/Styles.xml", "<styleSheet/>", { date: MODIFIED });
  zip.file("xl/calcChain.xml", "<calcChain/>", { date: MODIFIED });
  zip.file("docProps/app.xml", "<app/>", { date: MODIFIED, compression: "STORE" });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("PackageEdit", () => {
  it("copies every part it did not edit as the zip stores it, and writes the edits in their places", async () => {
    const data = await input();
    const edit = new PackageEdit(XlsxPackage.open(data, "in.xlsx"));
    edit.put("xl/styles.xml", "<styleSheet>new</styleSheet>");
    edit.remove("xl/calcChain.xml");
    edit.put("xl/worksheets/sheet1.xml", "<worksheet/>");
    const out = edit.toZip();

    const before = readZipDirectory(data)!;
    const after = readZipDirectory(out)!;
    expect(after.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/", "xl/workbook.xml", "xl/Styles.xml", "docProps/", "docProps/app.xml", "xl/worksheets/sheet1.xml"]);
    const stored = (bytes: Buffer, name: string) => {
      const pkg = XlsxPackage.open(bytes, name);
      return Buffer.from(pkg.storedBytes(pkg.entry(name)!));
    };
    for (const name of ["[Content_Types].xml", "xl/workbook.xml", "docProps/app.xml"]) {
      const [a, b] = [before, after].map((entries) => entries.find((e) => e.name === name)!);
      expect({ ...b, localHeaderOffset: 0 }).toEqual({ ...a, localHeaderOffset: 0 });
      expect(stored(out, name).equals(stored(data, name))).toBe(true);
    }
    const zip = await JSZip.loadAsync(out);
    expect(await zip.file("xl/Styles.xml")!.async("string")).toBe("<styleSheet>new</styleSheet>");
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe("<worksheet/>");
    expect(zip.file("xl/calcChain.xml")).toBeNull();
  });

  it("answers for the parts as edited, and leaves the package it edits as it was", async () => {
    const pkg = XlsxPackage.open(await input(), "in.xlsx");
    const edit = new PackageEdit(pkg);
    edit.put("XL/WORKBOOK.XML", "<workbook>edited</workbook>");
    edit.remove("xl/calcChain.xml");
    expect(edit.text("xl/workbook.xml")).toBe("<workbook>edited</workbook>");
    expect([edit.has("xl/calcChain.xml"), edit.text("xl/calcChain.xml")]).toEqual([false, null]);
    expect(pkg.text("xl/workbook.xml")).toBe("<workbook/>".repeat(50));
    expect(pkg.has("xl/calcChain.xml")).toBe(true);
  });
});

describe("XlsxPackage", () => {
  it("finds the workbook part through the root relationships, else where Excel puts it", async () => {
    const zip = await JSZip.loadAsync(await input());
    expect(XlsxPackage.open(await zip.generateAsync({ type: "nodebuffer" }), "t").officeDocumentPart()).toBe("xl/workbook.xml");
    zip.file("xl/book.xml", "<workbook/>");
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/book.xml"/></Relationships>`,
    );
    expect(XlsxPackage.open(await zip.generateAsync({ type: "nodebuffer" }), "t").officeDocumentPart()).toBe("xl/book.xml");
  });

  it("opens bytes, and takes a package opened already as it is", async () => {
    const pkg = XlsxPackage.open(await input(), "in.xlsx");
    expect(XlsxPackage.of(pkg, "other")).toBe(pkg);
    expect(XlsxPackage.of(await input(), "in.xlsx").label).toBe("in.xlsx");
  });
});

describe("PackageEdit.toZip", () => {
  it("makes no package of a part put that is no well-formed XML with its prefixes in scope, and names the part", async () => {
    const edit = new PackageEdit(XlsxPackage.open(await input(), "in.xlsx"));
    edit.put("xl/worksheets/sheet1.xml", "<worksheet/>");
    edit.put("xl/styles.xml", '<styleSheet><x:numFmts count="0"/></styleSheet>');
    expect(() => edit.toZip()).toThrow(new BrokenPackageError("xl/Styles.xml", "the prefix x: of x:numFmts is not declared in scope at character 12"));
  });
});

describe("XlsxPackage.open, finding the workbook part", () => {
  const refusal = (data: Buffer) => {
    try {
      XlsxPackage.open(data, "t.xlsx");
    } catch (error) {
      return error instanceof UnreadableWorkbookError ? [error.reason, error.detail] : error;
    }
    return "opened";
  };

  it("calls package relationships that cannot be read a damaged file, naming them", async () => {
    const zip = await JSZip.loadAsync(await input());
    zip.file("_rels/.rels", "<NotRelationships/>");
    expect(refusal(await zip.generateAsync({ type: "nodebuffer" }))).toEqual(["corrupt", "_rels/.rels: no <Relationships> element"]);
  });

  it("opens a workbook part that only the relationships name, and says no workbook when they name a missing one", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("_rels/.rels", `<Relationships xmlns="urn:r"><Relationship Id="rId1" Type="${"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"}" Target="/Book.xml"/></Relationships>`);
    expect(refusal(await zip.generateAsync({ type: "nodebuffer" }))).toEqual(["no-workbook", ""]);
    zip.file("book.xml", "<workbook/>");
    const pkg = XlsxPackage.open(await zip.generateAsync({ type: "nodebuffer" }), "t.xlsx");
    expect([pkg.officeDocumentPart(), pkg.text(pkg.officeDocumentPart())]).toEqual(["Book.xml", "<workbook/>"]);
  });
});
