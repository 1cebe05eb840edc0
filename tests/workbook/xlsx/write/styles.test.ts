import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyStyleSheet, StyleSheet } from "../../../../src/workbook/xlsx/write/styles";
import { AMOUNT } from "./book";
import { child, children, MAIN_NS, orderProblems, parseXml, SCHEMA_ORDER, type XmlNode } from "./xml-tree";
import { partText } from "./zip";

const SAMPLE = readFileSync(join(__dirname, "../../../../assets/samples/budget-check-sample.xlsx"));
const BOX = { top: true, bottom: true, left: true, right: true };

/** Each section's raw content, by name. */
function sections(xml: string): Record<string, string> {
  const names = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
  return Object.fromEntries(names.map((name) => [name, new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)![1]]));
}

function xfs(root: XmlNode): Record<string, string>[] {
  return children(child(root, "cellXfs")!, "xf").map((xf) => xf.attributes);
}

describe("StyleSheet", () => {
  let original: string;
  beforeAll(async () => {
    original = await partText(SAMPLE, "xl/styles.xml");
  });

  it("appends to every section, leaving the existing entries as they were, and updates the counts", () => {
    const styles = new StyleSheet(original, "ko");
    styles.xfIndex({ bold: true, fill: "#D9E1F2", border: BOX, numberFormat: AMOUNT, horizontal: "center", wrap: true });
    const xml = styles.toXml();
    const before = sections(original);
    const after = sections(xml);
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) {
      expect(after[name].startsWith(before[name])).toBe(true);
      expect(after[name].length).toBeGreaterThan(before[name].length);
    }
    expect(after.cellStyleXfs).toBe(before.cellStyleXfs);
    const root = parseXml(xml);
    expect(orderProblems(root, SCHEMA_ORDER.styleSheet)).toEqual([]);
    for (const [section, entry] of [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellXfs", "xf"]]) {
      const node = child(root, section)!;
      expect(node.attributes.count).toBe(String(children(node, entry).length));
    }
    expect(xml.slice(xml.indexOf("</cellXfs>"))).toBe(original.slice(original.indexOf("</cellXfs>")));
  });

  it("numbers new formats from 164 up past the workbook's own, reusing built-in and existing ones", () => {
    const styles = new StyleSheet(original, "ko");
    const amount = styles.xfIndex({ numberFormat: AMOUNT });
    const thousands = styles.xfIndex({ numberFormat: "#,##0" });
    const date = styles.xfIndex({ numberFormat: "yyyy-mm-dd" });
    const oneDecimal = styles.xfIndex({ numberFormat: "0.0" });
    const root = parseXml(styles.toXml());
    expect(children(child(root, "numFmts")!, "numFmt").map((f) => f.attributes)).toEqual([
      { numFmtId: "164", formatCode: "yyyy-mm-dd" },
      { numFmtId: "165", formatCode: "0.0" },
      { numFmtId: "166", formatCode: AMOUNT },
    ]);
    const all = xfs(root);
    expect([amount, thousands, date, oneDecimal].map((i) => all[i].numFmtId)).toEqual(["166", "3", "164", "165"]);
    expect(amount).toBe(15); // the sample has 15 cellXfs
  });

  it("gives one index per distinct style, whatever its key order, and shares fonts, fills and borders", () => {
    const styles = new StyleSheet(original, "ko");
    const a = styles.xfIndex({ bold: true, fill: "#F2F2F2", border: BOX });
    const b = styles.xfIndex({ border: BOX, fill: "#F2F2F2", bold: true, italic: false });
    const c = styles.xfIndex({ bold: true, fill: "#F2F2F2", border: BOX, thickTop: true });
    expect(b).toBe(a);
    expect(c).toBe(a + 1);
    const [first, second] = xfs(parseXml(styles.toXml())).slice(a);
    expect(second.fontId).toBe(first.fontId);
    expect(second.fillId).toBe(first.fillId);
    expect(second.borderId).not.toBe(first.borderId);
  });

  it("builds fonts on the workbook's default font, and borders with medium rules over thin ones", () => {
    const styles = new StyleSheet(original, "ko");
    const index = styles.xfIndex({ bold: true, italic: true, underline: true, fontSize: 13, fontColor: "#1f3864", border: BOX, thickTop: true, vertical: "top" });
    const root = parseXml(styles.toXml());
    const xf = children(child(root, "cellXfs")!, "xf")[index];
    const font = children(child(root, "fonts")!, "font")[Number(xf.attributes.fontId)];
    expect(font.children.map((c) => [c.local, c.attributes])).toEqual([
      ["b", {}], ["i", {}], ["u", {}], ["sz", { val: "13" }], ["color", { rgb: "FF1F3864" }],
      ["name", { val: "Calibri" }], ["family", { val: "2" }], ["scheme", { val: "minor" }],
    ]);
    const border = children(child(root, "borders")!, "border")[Number(xf.attributes.borderId)];
    expect(orderProblems(border, SCHEMA_ORDER.border)).toEqual([]);
    expect(border.children.map((c) => [c.local, c.attributes.style])).toEqual([
      ["left", "thin"], ["right", "thin"], ["top", "medium"], ["bottom", "thin"], ["diagonal", undefined],
    ]);
    expect(child(xf, "alignment")!.attributes).toEqual({ vertical: "top" });
    expect(xf.attributes).toMatchObject({ applyFont: "1", applyBorder: "1", applyAlignment: "1", xfId: "0" });
  });

  it("creates a section the stylesheet lacks in its schema place", () => {
    const withoutFormats = original.replace(/<numFmts[\s\S]*?<\/numFmts>/, "");
    const styles = new StyleSheet(withoutFormats, "ko");
    styles.xfIndex({ numberFormat: AMOUNT });
    const xml = styles.toXml();
    expect(xml).toContain(`<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;&quot;△&quot;#,##0;&quot;-&quot;"/></numFmts><fonts`);
    expect(orderProblems(parseXml(xml), SCHEMA_ORDER.styleSheet)).toEqual([]);
  });

  it("makes a whole stylesheet from nothing, with the default font of the language", () => {
    for (const [lang, font] of [["ko", "맑은 고딕"], ["en", "Calibri"]] as const) {
      const styles = new StyleSheet(emptyStyleSheet(), lang);
      expect(styles.xfIndex({ bold: true, numberFormat: "0.0%" })).toBe(1);
      const root = parseXml(styles.toXml());
      expect(root.children.map((c) => c.local)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
      expect(child(children(child(root, "fonts")!, "font")[1], "name")!.attributes.val).toBe(font);
      expect(children(child(root, "fills")!, "fill")).toHaveLength(2);
      expect(xfs(root)[1]).toMatchObject({ numFmtId: "164", fontId: "1", fillId: "0", borderId: "0" });
    }
  });

  it("writes new entries with the stylesheet's namespace prefix", () => {
    const prefixed = `<?xml version="1.0"?><x:styleSheet xmlns:x="${MAIN_NS}"><x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="1"><x:xf/></x:cellXfs></x:styleSheet>`;
    const styles = new StyleSheet(prefixed, "en");
    expect(styles.xfIndex({ bold: true, fill: "#FFC7CE", border: { bottom: true }, numberFormat: AMOUNT, wrap: true })).toBe(1);
    const xml = styles.toXml();
    expect(xml).not.toMatch(/<(?!x:|\/x:|\?xml)/);
    const root = parseXml(xml);
    expect(root.children.map((c) => c.local)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    expect(child(children(child(root, "fonts")!, "font")[1], "name")!.attributes.val).toBe("Arial");
  });

  it("returns the stylesheet untouched when no style was asked for", () => {
    expect(new StyleSheet(original, "ko").toXml()).toBe(original);
  });
});
