import { WorkbookPart } from "../../../../src/workbook/xlsx/write/workbook-parts";
import { MAIN_NS, orderProblems, parseXml, SCHEMA_ORDER } from "./xml-tree";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">
  <workbookPr date1904="1"/>
  <sheets>
    <sheet name="예산" sheetId="1" r:id="rId1"/>
    <sheet name="R&amp;D" sheetId="4" state="hidden" r:id="rId2"></sheet>
  </sheets>
  <definedNames>
    <definedName name="Budget">예산!$A$3:$H$20</definedName>
    <definedName name="Staff" localSheetId="1" comment="a > b">'R&amp;D'!$A:$D</definedName>
  </definedNames>
  <calcPr calcId="152511" fullCalcOnLoad="0"/>
</workbook>`;

describe("WorkbookPart", () => {
  it("reads sheets, names and the date system", () => {
    const part = new WorkbookPart(WORKBOOK);
    expect(part.sheets.map(({ name, sheetId, relId }) => ({ name, sheetId, relId }))).toEqual([
      { name: "예산", sheetId: 1, relId: "rId1" },
      { name: "R&D", sheetId: 4, relId: "rId2" },
    ]);
    expect(part.names.map(({ name, localSheetId, formula }) => ({ name, localSheetId, formula }))).toEqual([
      { name: "Budget", localSheetId: undefined, formula: "예산!$A$3:$H$20" },
      { name: "Staff", localSheetId: 1, formula: "'R&D'!$A:$D" },
    ]);
    expect(part.date1904).toBe(true);
    expect(part.structureLocked).toBe(false);
    expect(part.strict).toBe(false);
    expect(part.sheetIndex("r&d")).toBe(1);
  });

  it("adds sheets and names, renames in place, and sets fullCalcOnLoad, leaving every other byte", () => {
    const part = new WorkbookPart(WORKBOOK);
    part.addSheet("요약 & 결과", 5, "rId9");
    part.renameSheet(part.sheets[1], "연구");
    part.removeName(part.names[0]);
    part.addName({ name: "BudgetCheck_Summary", hidden: true, formula: "'요약 & 결과'!$A$1" });
    part.addName({ name: "_xlnm.Print_Titles", localSheetId: 2, formula: "'요약 & 결과'!$4:$4" });
    const xml = part.toXml();
    expect(xml).toBe(
      WORKBOOK.replace(`    <definedName name="Budget">예산!$A$3:$H$20</definedName>`, "    ")
        .replace(`name="R&amp;D" sheetId="4"`, `name="연구" sheetId="4"`)
        .replace(`r:id="rId2"></sheet>\n  </sheets>`, `r:id="rId2"></sheet>\n  <sheet name="요약 &amp; 결과" sheetId="5" r:id="rId9"/></sheets>`)
        .replace(
          `$A:$D</definedName>\n  </definedNames>`,
          `$A:$D</definedName>\n  <definedName name="BudgetCheck_Summary" hidden="1">'요약 &amp; 결과'!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">'요약 &amp; 결과'!$4:$4</definedName></definedNames>`,
        )
        .replace(`fullCalcOnLoad="0"`, `fullCalcOnLoad="1"`),
    );
  });

  it("creates definedNames after sheets, functionGroups and externalReferences, and calcPr after it", () => {
    const xml = `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId5"/></externalReferences><oleSize ref="A1:B2"/></workbook>`;
    const part = new WorkbookPart(xml);
    part.addName({ name: "BudgetCheck_Summary", hidden: true, formula: "'A'!$A$1" });
    const out = part.toXml();
    expect(out).toContain(`</externalReferences><definedNames><definedName name="BudgetCheck_Summary" hidden="1">'A'!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><oleSize`);
    expect(orderProblems(parseXml(out), SCHEMA_ORDER.workbook)).toEqual([]);
  });

  it("fills an empty <definedNames/> and adds fullCalcOnLoad to a calcPr without it", () => {
    const xml = `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><definedNames/><calcPr calcId="1"/></workbook>`;
    const part = new WorkbookPart(xml);
    part.addName({ name: "N", formula: "1" });
    expect(part.toXml()).toContain(`<definedNames><definedName name="N">1</definedName></definedNames><calcPr calcId="1" fullCalcOnLoad="1"/>`);
  });

  it("writes with the part's own prefixes, declaring the relationships namespace where the root does not", () => {
    const prefixed = `<x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId3"/></x:sheets></x:workbook>`;
    const part = new WorkbookPart(prefixed);
    expect(part.sheets[0].relId).toBe("rId3");
    part.addSheet("B", 2, "rId4");
    part.addName({ name: "N", formula: "1" });
    const out = part.toXml();
    expect(out).toBe(
      `<x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId3"/><x:sheet name="B" sheetId="2" rel:id="rId4"/></x:sheets>` +
        `<x:definedNames><x:definedName name="N">1</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/></x:workbook>`,
    );
    const undeclared = new WorkbookPart(`<workbook xmlns="${MAIN_NS}"><sheets/></workbook>`.replace("<sheets/>", "<sheets></sheets>"));
    undeclared.addSheet("A", 1, "rId1");
    expect(parseXml(undeclared.toXml()).children[0].children[0].attributes).toEqual({ name: "A", sheetId: "1", "xmlns:r": REL_NS, "r:id": "rId1" });
  });

  it("declares the relationships namespace on a sheet it adds when only the existing sheets declare it (older openpyxl)", () => {
    const perSheet = `<workbook xmlns="${MAIN_NS}"><sheets><sheet xmlns:r="${REL_NS}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const part = new WorkbookPart(perSheet);
    expect(part.sheets[0].relId).toBe("rId1");
    part.addSheet("B", 2, "rId2");
    const [, added] = parseXml(part.toXml()).children[0].children;
    expect(added.attributes).toEqual({ name: "B", sheetId: "2", "xmlns:r": REL_NS, "r:id": "rId2" });
  });

  it("knows a workbook whose structure is locked, and one in Strict Open XML", () => {
    expect(new WorkbookPart(WORKBOOK.replace("<sheets>", `<workbookProtection lockStructure="1"/><sheets>`)).structureLocked).toBe(true);
    expect(new WorkbookPart(WORKBOOK.replace(MAIN_NS, "http://purl.oclc.org/ooxml/spreadsheetml/main")).strict).toBe(true);
  });
});
