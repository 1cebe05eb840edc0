import { ContentTypes } from "../../../../src/workbook/xlsx/package/content-types";
import { Relationships, relsPartOf, resolveTarget } from "../../../../src/workbook/xlsx/package/relationships";

const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/styles" Target="styles.xml"/><Relationship Id="rId7" Type="t/worksheet" Target="/xl/worksheets/sheet%201.xml"/><Relationship Id="rId8" Type="t/link" Target="https://example.com/" TargetMode="External"/></Relationships>`;

describe("package", () => {
  it("resolves targets relative to the source part or from the root", () => {
    expect(resolveTarget("xl/", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  });

  it("reads relationships, adds one with a new id and removes one, touching nothing else", () => {
    const rels = new Relationships(RELS, "xl/workbook.xml");
    expect(rels.list.map(({ id, type, part }) => ({ id, type, part }))).toEqual([
      { id: "rId1", type: "t/styles", part: "xl/styles.xml" },
      { id: "rId7", type: "t/worksheet", part: "xl/worksheets/sheet 1.xml" },
      { id: "rId8", type: "t/link", part: undefined },
    ]);
    expect(rels.add("t/worksheet", "worksheets/sheet2.xml")).toBe("rId9");
    expect(rels.add("t/worksheet", "worksheets/sheet3.xml")).toBe("rId10");
    rels.remove(rels.byType("t/styles")!);
    expect(rels.toXml()).toBe(
      RELS.replace(`<Relationship Id="rId1" Type="t/styles" Target="styles.xml"/>`, "").replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="t/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId10" Type="t/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`,
      ),
    );
  });

  it("adds an Override once, matching part names without case, and removes one", () => {
    const xml = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/calcChain.xml" ContentType="c"/><Override PartName="/XL/Worksheets/Sheet1.xml" ContentType="w"/></Types>`;
    const types = new ContentTypes(xml);
    types.ensureOverride("xl/worksheets/sheet1.xml", "w");
    types.ensureOverride("xl/worksheets/sheet2.xml", "w");
    types.removeOverride("xl/calcChain.xml");
    expect(types.toXml()).toBe(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/XL/Worksheets/Sheet1.xml" ContentType="w"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="w"/></Types>`,
    );
  });
});
