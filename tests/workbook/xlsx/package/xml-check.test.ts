import { xmlProblem } from "../../../../src/workbook/xlsx/package/xml-check";
import { expectLinear } from "../../../helpers/growth";

const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe("xmlProblem", () => {
  it("takes well-formed parts with their namespaces in scope", () => {
    for (const xml of [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="urn:main" ' + R + '><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>',
      `\ufeff<x:workbook xmlns:x="urn:main"><!-- a comment --><x:sheets><x:sheet xmlns:r="urn:r" r:id="rId1"/></x:sheets></x:workbook>`,
      '<a xml:space="preserve">&#xD;&#10;<![CDATA[<not a tag> & such]]><?pi data?></a>\n',
      "<a b='1' c=\"it's\">요약 &lt;&gt;</a>",
    ]) {
      expect(xmlProblem(xml)).toBeNull();
    }
  });

  it("refuses a prefix declared only on a sibling: the report LibreOffice could not open", () => {
    const xml = `<workbook xmlns="urn:main"><sheets><sheet xmlns:r="urn:r" r:id="rId1"/><sheet name="요약" r:id="rId9"/></sheets></workbook>`;
    expect(xmlProblem(xml)).toMatch(/prefix r: of r:id is not declared in scope/);
    expect(xmlProblem('<x:a xmlns:y="urn:y"/>')).toMatch(/prefix x:/);
    expect(xmlProblem('<a xmlns:x="urn:x"><x:b/></a><!-- -->')).toBeNull();
    expect(xmlProblem('<a><b xmlns:x="urn:x"/><x:c/></a>')).toMatch(/prefix x:/);
  });

  it.each([
    ["<a><b></a></b>", /<\/a> closes <b>/],
    ["<a>", /<a> is not closed/],
    ["<a/><b/>", /a second root element/],
    ["text<a/>", /text outside the root/],
    ["<a>&nbsp;</a>", /&nbsp; is not defined/],
    ["<a>AT&T</a>", /starts no reference/],
    ['<a b="1" b="2"/>', /has b twice/],
    ['<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>', /twice, under two prefixes/],
    ['<a b="<"/>', /< in an attribute value/],
    ["<a b=1/>", /without quotes/],
    ['<a b="1"c="2"/>', /no space before an attribute/],
    ["<a>\u0001</a>", /U\+1/],
    ["<a>\ud800</a>", /U\+D800/],
    ["<!DOCTYPE a><a/>", /declaration/],
    ["<a><!-- a -- b --></a>", /-- inside a comment/],
    ['<a/><?xml version="1.0"?>', /XML declaration that is not at the start/],
    ["<a>]]></a>", /\]\]> in text/],
    ["<a:b:c/>", /no qualified name/],
    ['<a xmlns:p=""/>', /declared empty/],
    ["", /no root element/],
    ["<a>&#0;</a>", /&#0; is not defined/],
  ])("refuses %j", (xml, problem) => {
    expect(xmlProblem(xml)).toMatch(problem);
  });

  it("takes time in proportion to the part", async () => {
    await expectLinear((n) => {
      const xml = `<a xmlns:r="urn:r">${'<b r:id="1">x &amp; y</b><!-- c -->'.repeat(n)}</a>`;
      return () => xmlProblem(xml);
    }, 5_000);
  });
});
