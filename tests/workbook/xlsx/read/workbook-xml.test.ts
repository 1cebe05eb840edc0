import { decodeXmlEntities } from "../../../../src/workbook/xlsx/package/xml";
import { parseWorkbookXml } from "../../../../src/workbook/xlsx/read/workbook-xml";

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <workbookPr date1904="1" defaultThemeVersion="124226"/>
  <sheets>
    <sheet name="예산" sheetId="1" r:id="rId1"/>
    <sheet name="R&amp;D &apos;18" sheetId="4" state="hidden" r:id="rId2"/>
    <sheet name='Chart' sheetId="2" r:id="rId3"></sheet>
  </sheets>
  <definedNames>
    <definedName name="_xlnm.Print_Area" localSheetId="0">예산!$A$1:$H$40</definedName>
    <definedName name="Budget">예산!$A$3:$H$20</definedName>
    <definedName name="Staff" localSheetId="1">'R&amp;D ''18'!$A:$D</definedName>
    <definedName name="Label" comment="a &lt;note&gt;">"a &quot;b&quot; &#54633;&#xACC4;"</definedName>
    <definedName name="Empty"/>
    <definedName name="Lost" localSheetId="9">#REF!</definedName>
  </definedNames>
  <calcPr calcId="152511"/>
</workbook>`;

describe("parseWorkbookXml", () => {
  const parsed = parseWorkbookXml(WORKBOOK);

  it("lists the sheets in tab order with entities decoded", () => {
    expect(parsed.sheets).toEqual(["예산", "R&D '18", "Chart"]);
    expect(parsed.sheetRelIds).toEqual(["rId1", "rId2", "rId3"]);
  });

  it("reads workbook and sheet-scoped names, skipping Excel's built-in names", () => {
    expect(parsed.names).toEqual([
      { name: "Budget", formula: "예산!$A$3:$H$20" },
      { name: "Staff", scopeSheet: "R&D '18", formula: "'R&D ''18'!$A:$D" },
      { name: "Label", formula: '"a "b" 합계"' },
      { name: "Empty", formula: "" },
      { name: "Lost", formula: "#REF!" },
    ]);
  });

  it("reads the date system", () => {
    expect(parsed.date1904).toBe(true);
    expect(parseWorkbookXml("<workbook><workbookPr/><sheets/></workbook>").date1904).toBe(false);
  });

  it("accepts a namespace prefix on every element", () => {
    const xml = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <x:sheets><x:sheet name="Data" sheetId="1"/></x:sheets>
      <x:definedNames><x:definedName name="Table_1" x:localSheetId="0">Data!$B$2:$C$9</x:definedName></x:definedNames>
    </x:workbook>`;
    expect(parseWorkbookXml(xml)).toEqual({
      sheets: ["Data"],
      sheetRelIds: [""],
      names: [{ name: "Table_1", scopeSheet: "Data", formula: "Data!$B$2:$C$9" }],
      date1904: false,
    });
  });
});

describe("decodeXmlEntities", () => {
  it.each([
    ["&amp;&lt;&gt;&quot;&apos;", `&<>"'`],
    ["&#54633;&#xacc4;&#xACC4;", "합계계"],
    ["&#x1F600;", "😀"],
    ["&amp;amp;", "&amp;"],
    ["&unknown; &#x110000; & plain", "&unknown; &#x110000; & plain"],
  ])("%s", (text, expected) => {
    expect(decodeXmlEntities(text)).toBe(expected);
  });
});
