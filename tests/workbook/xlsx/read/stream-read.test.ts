/**
 * What the streaming reader meets in files that ExcelJS itself does not write: parts patched as other tools and
 * Excel write them. (open.test.ts pins what both ExcelJS and this reader read.)
 */
import { spreadMergedLabels } from "../../../../src/core/grid-merges";
import type { SheetRect } from "../../../../src/core/names/reference";
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";
import { buildXlsx, patchPart, readPart } from "../helpers";

const WHOLE_SHEET = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

async function read(data: Buffer, rect: Partial<SheetRect> = {}) {
  const source = await openXlsxBuffer(data, "t.xlsx");
  const [grid] = await source.readRanges([{ name: "X", rect: { sheet: "S", ...WHOLE_SHEET, ...rect } }]);
  return grid;
}

const oneSheet = () =>
  buildXlsx((wb) => {
    wb.addWorksheet("S").getCell("A1").value = "first";
  });

/** Replaces the sheet's rows with the given `<row>` elements. */
const withRows = async (rows: string) =>
  patchPart(await oneSheet(), "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));

describe("shared strings", () => {
  it("leaves out phonetic guides, decodes _xHHHH_, joins runs and reads an empty <si/> as no text", async () => {
    const data = await patchPart(
      await withRows(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`),
      "xl/sharedStrings.xml",
      () =>
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>` +
        `<si><t>a_x000A_b</t></si><si><r><t>굵게</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 보통</t></r></si><si/></sst>`,
    );
    expect((await read(data)).values).toEqual([["東京", "a\nb", "굵게 보통", null]]);
  });
});

describe("cells as other tools write them", () => {
  it("reads inline strings, CDATA, and cells and rows without a reference", async () => {
    const data = await withRows(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c><c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>` +
        `<row><c><v>1</v></c><c><v><![CDATA[2]]></v></c><c r="E2" t="b"><v>0</v></c></row>`,
    );
    expect((await read(data)).values).toEqual([
      ["inline", "rich", null, null, null],
      [1, 2, null, null, false],
    ]);
  });

  it("reads a sheet whose elements carry a namespace prefix", async () => {
    const data = await patchPart(await oneSheet(), "xl/worksheets/sheet1.xml", () =>
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        `<x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>계</x:t></x:is></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`,
    );
    expect((await read(data, { top: 1, left: 1 })).values).toEqual([[7, "계"]]);
  });
});

describe("values as the file stores them", () => {
  it("reads a date's serial as stored, to the last digit and past the last date a Date can hold", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 43373.123456789;
      ws.getCell("A2").value = 2e8;
      for (const cell of ["A1", "A2"]) ws.getCell(cell).numFmt = "yyyy-mm-dd";
    });
    expect((await read(data)).values).toEqual([[43373.123456789], [2e8]]);
  });

  it("reads a formula's text result once decoded, as Excel shows it", async () => {
    const data = await withRows(`<row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>`);
    expect((await read(data)).values).toEqual([["&lt;"]]);
  });

  it("knows the built-in number formats a file names by id alone", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getRow(1).values = [43373, 0.5, 1234];
      ws.getCell("A1").numFmt = "mm-dd-yy";
      ws.getCell("B1").numFmt = "0.00%";
      ws.getCell("C1").numFmt = "#,##0";
    });
    const styles = await readPart(data, "xl/styles.xml");
    expect(styles).not.toContain('formatCode="mm-dd-yy"');
    expect(styles).toContain('numFmtId="14"');
    expect((await read(data)).numberFormats).toEqual([["mm-dd-yy", "0.00%", "#,##0"]]);
  });
});

describe("merged areas", () => {
  const merged = () =>
    buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "제목";
      ws.getCell("A1").numFmt = "@";
      ws.mergeCells("A1:D2");
      ws.getCell("B4").value = 1;
      ws.getCell("F1").value = "넓은 제목";
      ws.mergeCells("F1:H1");
      ws.getCell("A6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.mergeCells("A6:B9");
    });

  it("gives a range the value of a merge whose top-left cell lies outside it", async () => {
    const stored = await read(await merged(), { top: 1, left: 1, bottom: 3, right: 2 });
    expect(stored.values).toEqual([
      [null, null],
      [null, null],
      [1, null],
    ]);
    expect(stored.merges).toEqual([{ top: -1, left: -1, bottom: 0, right: 1, topLeft: { value: "제목", numberFormat: "@" } }]);
    const grid = spreadMergedLabels(stored);
    expect(grid.values).toEqual([
      ["제목", "제목"],
      [null, null],
      [1, null],
    ]);
    expect(grid.numberFormats?.[0]).toEqual(["@", "@"]);
  });

  it("counts a merge whose top-left cell holds a value in the used area, and one of empty cells not", async () => {
    const grid = spreadMergedLabels(await read(await merged()));
    // Columns to H (the F1:H1 title), rows to 4 (B4): the empty A6:B9 is formatting only.
    expect(grid.values).toHaveLength(4);
    expect(grid.values[0]).toHaveLength(8);
    expect(grid.values[0].slice(5)).toEqual(["넓은 제목", "넓은 제목", "넓은 제목"]);
  });
});

describe("rows of the same formats", () => {
  it("keeps each cell's own format when rows share them and a merge's format spreads into some of them", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      for (let row = 1; row <= 5; row++) {
        ws.getCell(row, 1).value = row;
        ws.getCell(row, 1).numFmt = "#,##0";
        ws.getCell(row, 2).value = `r${row}`;
      }
      ws.getCell("A6").value = 6;
      ws.getCell("A6").numFmt = "0.0";
      ws.getCell("C2").value = 0.5;
      ws.getCell("C2").numFmt = "0%";
      ws.mergeCells("C2:C3");
      ws.getCell("D4").value = { formula: "A4*2", result: 8 };
    });
    const stored = await read(data);
    const grid = spreadMergedLabels(stored);
    expect(grid.numberFormats?.map((row) => row[0])).toEqual(["#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0.0"]);
    expect(grid.numberFormats?.map((row) => row[2])).toEqual(["General", "0%", "0%", "General", "General", "General"]);
    // A number merged down counts once, in its top-left cell, as Excel's SUM counts it.
    expect(grid.values.map((row) => row[2])).toEqual([null, 0.5, null, null, null, null]);
    expect(stored.numberFormats?.map((row) => row[0])).toEqual(["#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0.0"]);
    expect(grid.formulas?.map((row) => row[3])).toEqual([null, null, null, "=A4*2", null, null]);
    expect(grid.formulas?.every((row) => row.length === 4)).toBe(true);
  });
});
