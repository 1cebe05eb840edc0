import type { SheetSpec, SpecLink } from "../../../../src/core/summary/sheet-spec";
import { sheetXml, titleRowsRef, type SheetXmlContext } from "../../../../src/workbook/xlsx/write/sheet-xml";
import { findingsSpec, summarySpec } from "./book";
import { child, children, orderProblems, parseXml, SCHEMA_ORDER, type XmlNode } from "./xml-tree";

const context: SheetXmlContext = {
  styleIndex: (cell) => (cell.style === undefined ? undefined : 20),
  sheetName: (link: SpecLink) => ("sheet" in link ? link.sheet : `our ${link.role}`),
  externalLinkId: (file) => `rId-${file}`,
  dateOffsetDays: 0,
};

function render(spec: SheetSpec, ctx = context): XmlNode {
  return parseXml(sheetXml(spec, ctx));
}

function cell(sheet: XmlNode, ref: string): XmlNode {
  const rows = children(child(sheet, "sheetData")!, "row");
  const found = rows.flatMap((r) => children(r, "c")).find((c) => c.attributes.r === ref);
  if (!found) throw new Error(`no cell ${ref}`);
  return found;
}

function bare(cells: SheetSpec["cells"]): SheetSpec {
  return { ...findingsSpec(), cells, styles: {}, columnWidths: [] };
}

describe("sheetXml", () => {
  it("puts the worksheet's children, and a sheet view's, in schema order", () => {
    const sheet = render(summarySpec());
    expect(sheet.children.map((c) => c.local)).toEqual([
      "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells",
      "conditionalFormatting", "hyperlinks", "pageMargins", "pageSetup",
    ]);
    expect(orderProblems(sheet, SCHEMA_ORDER.worksheet, ["conditionalFormatting"])).toEqual([]);
    const view = child(child(sheet, "sheetViews")!, "sheetView")!;
    expect(orderProblems(view, SCHEMA_ORDER.sheetView)).toEqual([]);
    expect(child(view, "pane")!.attributes).toEqual({ ySplit: "4", topLeftCell: "A5", activePane: "bottomLeft", state: "frozen" });
    expect(child(sheet, "dimension")!.attributes.ref).toBe("A1:C12");
  });

  it("freezes rows and columns together, and writes no pane when nothing is frozen", () => {
    const both = render({ ...summarySpec(), freeze: { rows: 2, columns: 1 } });
    const pane = child(child(child(both, "sheetViews")!, "sheetView")!, "pane")!;
    expect(pane.attributes).toMatchObject({ xSplit: "1", ySplit: "2", topLeftCell: "B3", activePane: "bottomRight" });
    const none = render(findingsSpec());
    expect(child(child(child(none, "sheetViews")!, "sheetView")!, "pane")).toBeUndefined();
  });

  it("writes a data bar rule with a priority, two value points and a colour", () => {
    const sheet = render(summarySpec());
    const formatting = child(sheet, "conditionalFormatting")!;
    expect(formatting.attributes.sqref).toBe("C5:C6");
    const rule = child(formatting, "cfRule")!;
    expect(rule.attributes).toEqual({ type: "dataBar", priority: "1" });
    const bar = child(rule, "dataBar")!;
    expect(bar.children.map((c) => [c.local, c.attributes])).toEqual([
      ["cfvo", { type: "num", val: "0" }],
      ["cfvo", { type: "num", val: "1" }],
      ["color", { rgb: "FF638EC6" }],
    ]);
  });

  it("prints on A4, fitted to the page width only when asked", () => {
    const fitted = render(summarySpec());
    expect(child(child(fitted, "sheetPr")!, "pageSetUpPr")!.attributes).toEqual({ fitToPage: "1" });
    expect(child(fitted, "pageSetup")!.attributes).toEqual({ paperSize: "9", orientation: "portrait", fitToWidth: "1", fitToHeight: "0" });
    const plain = render(findingsSpec());
    expect(child(plain, "sheetPr")).toBeUndefined();
    expect(child(plain, "pageSetup")!.attributes).toEqual({ paperSize: "9", orientation: "landscape" });
    expect(titleRowsRef(summarySpec())).toBe("$4:$4");
    expect(titleRowsRef(findingsSpec())).toBeUndefined();
  });

  it("writes the footer's page numbers and print date in Excel's codes, after the page set-up, and none when there is none", () => {
    const spec = summarySpec();
    const footed = render({ ...spec, print: { ...spec.print, footer: { center: "- &P / &N -", right: "인쇄 &D" } } });
    expect(footed.children.map((c) => c.local).slice(-3)).toEqual(["pageMargins", "pageSetup", "headerFooter"]);
    expect(orderProblems(footed, SCHEMA_ORDER.worksheet, ["conditionalFormatting"])).toEqual([]);
    expect(child(child(footed, "headerFooter")!, "oddFooter")!.text).toBe("&C- &P / &N -&R인쇄 &D");
    expect(sheetXml({ ...spec, print: { ...spec.print, footer: { right: "Printed &D" } } }, context)).toContain("<oddFooter>&amp;RPrinted &amp;D</oddFooter>");
    expect(child(render(spec), "headerFooter")).toBeUndefined();
  });

  it("writes manual page breaks above their rows, after the footer, and none when there are none", () => {
    const spec = summarySpec();
    const broken = render({ ...spec, print: { ...spec.print, footer: { center: "- &P / &N -" }, rowBreaks: [40, 95] } });
    expect(broken.children.map((c) => c.local).slice(-2)).toEqual(["headerFooter", "rowBreaks"]);
    expect(orderProblems(broken, SCHEMA_ORDER.worksheet, ["conditionalFormatting"])).toEqual([]);
    const breaks = child(broken, "rowBreaks")!;
    expect(breaks.attributes).toEqual({ count: "2", manualBreakCount: "2" });
    // A <brk>'s id is the zero-based row the page starts at: the break sits above row 41 as Excel numbers it.
    expect(children(breaks, "brk").map((b) => b.attributes)).toEqual([
      { id: "40", max: "16383", man: "1" },
      { id: "95", max: "16383", man: "1" },
    ]);
    expect(child(render(spec), "rowBreaks")).toBeUndefined();
  });

  it("writes text as an inline string whatever it starts with, escaped, characters XML forbids as Excel's escapes", () => {
    const texts = ["=1+1", "+x", "-x", "@x", "\tx", "\rx", 'a<b>&"c\'\r\nd', "bell\u0007 lone\uD800 ok\uD83D\uDE00", "_x0041_"];
    const sheet = render(bare(texts.map((text, col) => ({ row: 0, col, content: { text } }))));
    const cells = children(child(child(sheet, "sheetData")!, "row")!, "c");
    expect(cells.map((c) => c.attributes.t)).toEqual(texts.map(() => "inlineStr"));
    expect(cells.every((c) => child(c, "f") === undefined)).toBe(true);
    expect(cells.map((c) => child(child(c, "is")!, "t")!.text)).toEqual([
      "=1+1", "+x", "-x", "@x", "\tx", "\rx", 'a<b>&"c\'\r\nd', "bell_x0007_ lone_xD800_ ok\uD83D\uDE00",
      // Excel would read `_x0041_` as "A"; the escaped underscore keeps it literal.
      "_x005F_x0041_",
    ]);
  });

  it("writes empty text as an empty cell that keeps its style, which a formula reads as blank", () => {
    const sheet = render(bare([{ row: 0, col: 0, content: { text: "" }, style: "amount" }]));
    expect(cell(sheet, "A1")).toMatchObject({ attributes: { r: "A1", s: "20" }, children: [] });
  });

  it("writes numbers, dates (shifted in a 1904 workbook) and formulas with their cached results", () => {
    const spec = bare([
      { row: 0, col: 0, content: { number: -1234.5 } },
      { row: 0, col: 1, content: { date: 43373 } },
      { row: 0, col: 2, content: { formula: "=SUM(A1:B1)", result: 42138.5 } },
      { row: 0, col: 3, content: { formula: 'IF(A1<0,"△","")', result: "△" } },
    ]);
    const sheet = render(spec, { ...context, dateOffsetDays: 1462 });
    expect(child(cell(sheet, "A1"), "v")!.text).toBe("-1234.5");
    expect(child(cell(sheet, "B1"), "v")!.text).toBe("41911");
    expect(child(cell(sheet, "C1"), "f")!.text).toBe("SUM(A1:B1)");
    expect(child(cell(sheet, "C1"), "v")!.text).toBe("42138.5");
    expect(cell(sheet, "C1").attributes.t).toBeUndefined();
    expect(cell(sheet, "D1").attributes.t).toBe("str");
    expect(child(cell(sheet, "D1"), "f")!.text).toBe('IF(A1<0,"△","")');
    expect(child(cell(sheet, "D1"), "v")!.text).toBe("△");
  });

  it("sorts cells into rows, gives styled cells their index and rows their custom height", () => {
    const sheet = render({
      ...bare([
        { row: 2, col: 1, content: { number: 2 }, style: "any" },
        { row: 0, col: 27, content: { number: 1 } },
        { row: 2, col: 0, content: { number: 3 } },
      ]),
      rowHeights: { 1: 30 },
    });
    const rows = children(child(sheet, "sheetData")!, "row");
    expect(rows.map((r) => [r.attributes, children(r, "c").map((c) => c.attributes)])).toEqual([
      [{ r: "1" }, [{ r: "AB1" }]],
      [{ r: "2", ht: "30", customHeight: "1" }, []],
      [{ r: "3" }, [{ r: "A3" }, { r: "B3", s: "20" }]],
    ]);
  });

  it("links by location only, quoting the sheet name", () => {
    const sheet = render(
      bare([
        { row: 0, col: 0, content: { text: "go" }, link: { sheet: "R&D '18", cell: "$B$4" } },
        { row: 1, col: 0, content: { text: "back" }, link: { role: "summary", cell: "A1" } },
      ]),
    );
    expect(children(child(sheet, "hyperlinks")!, "hyperlink").map((h) => h.attributes)).toEqual([
      { ref: "A1", location: "'R&D ''18'!B4" },
      { ref: "A2", location: "'our summary'!A1" },
    ]);
  });

  it("refuses what Excel would repair away: two cells in one place, overlapping merges, non-finite numbers", () => {
    const twice = bare([
      { row: 0, col: 0, content: { number: 1 } },
      { row: 0, col: 0, content: { number: 2 } },
    ]);
    expect(() => sheetXml(twice, context)).toThrow("two cells at A1");
    const overlapping = { ...bare([]), merges: [{ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }] };
    expect(() => sheetXml(overlapping, context)).toThrow("overlap");
    // Listed out of order, and a tall merge meeting one many rows down.
    const tall = [{ top: 40, left: 3, bottom: 40, right: 4 }, { top: 1, left: 0, bottom: 5, right: 0 }, { top: 2, left: 4, bottom: 90, right: 4 }];
    expect(() => sheetXml({ ...bare([]), merges: tall }, context)).toThrow("merges E3:E91 and D41:E41 overlap");
    const sideBySide = Array.from({ length: 5_000 }, (_, row) => [0, 2].map((left) => ({ top: row, left, bottom: row, right: left + 1 }))).flat();
    expect(() => sheetXml({ ...bare([]), merges: sideBySide }, context)).not.toThrow();
    expect(() => sheetXml(bare([{ row: 0, col: 0, content: { number: NaN } }]), context)).toThrow("NaN");
    expect(() => sheetXml(bare([{ row: -1, col: 0, content: { number: 1 } }]), context)).toThrow("no cell");
    const badColour = { ...bare([]), conditionalFormats: [{ kind: "dataBar" as const, top: 0, left: 0, bottom: 0, right: 0, color: "blue", min: 0, max: 1 }] };
    expect(() => sheetXml(badColour, context)).toThrow("#RRGGBB");
  });
});
