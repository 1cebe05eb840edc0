/** A cell's indent level (Excel's "Increase Indent"), read from its style into `Grid.indents`. */
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";
import { buildXlsx, patchPart } from "../helpers";

async function read(data: Buffer, rect = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }) {
  const source = await openXlsxBuffer(data, "t.xlsx");
  const [grid] = await source.readRanges([{ name: "Budget", rect: { sheet: "S", ...rect } }]);
  return grid;
}

describe("indents written by ExcelJS", () => {
  const levelled = () =>
    buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getRow(1).values = ["사업명", "예산액"];
      ws.getRow(2).values = ["정보화 사업", 1000];
      ws.getRow(3).values = ["정보화 교육", 400];
      ws.getRow(4).values = ["교육 운영", 400];
      ws.getCell("A3").alignment = { indent: 1 };
      ws.getCell("A4").alignment = { indent: 2, horizontal: "left" };
      // An indented empty cell says nothing about its row.
      ws.getCell("C4").alignment = { indent: 3 };
    });

  it("lists each indented cell holding a value with its level, by row then column", async () => {
    expect((await read(await levelled())).indents).toEqual([
      { row: 2, col: 0, level: 1 },
      { row: 3, col: 0, level: 2 },
    ]);
  });

  it("gives grid coordinates, and only the cells of the requested range", async () => {
    const grid = await read(await levelled(), { top: 3, left: 0, bottom: 3, right: 1 });
    expect(grid.indents).toEqual([{ row: 0, col: 0, level: 2 }]);
  });

  it("leaves `indents` out of a grid without any", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("S").getRow(1).values = ["사업명", "예산액"];
    });
    expect((await read(data)).indents).toBeUndefined();
  });
});

describe("indents in a stylesheet written by hand", () => {
  const STYLES =
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<cellStyleXfs count="1"><xf numFmtId="0"><alignment indent="7"/></xf></cellStyleXfs>` +
    `<cellXfs count="4"><xf numFmtId="0"/>` +
    `<xf numFmtId="3" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf>` +
    `<xf numFmtId="0"><alignment indent="0"/></xf>` +
    `<xf numFmtId="0"><protection locked="0"/><alignment indent="1"></alignment></xf></cellXfs></styleSheet>`;

  it("reads `indent` of each cell style's alignment, ignores the named styles' and keeps the number formats", async () => {
    const base = await buildXlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "x";
    });
    const withRows = await patchPart(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        /<sheetData>[\s\S]*<\/sheetData>/,
        `<sheetData><row r="1"><c r="A1" s="1"><v>1234</v></c><c r="B1" s="2" t="inlineStr"><is><t>b</t></is></c>` +
          `<c r="C1" s="3" t="inlineStr"><is><t>c</t></is></c><c r="D1" s="0" t="inlineStr"><is><t>d</t></is></c></row></sheetData>`,
      ),
    );
    const data = await patchPart(withRows, "xl/styles.xml", () => STYLES);
    const grid = await read(data);
    expect(grid.indents).toEqual([
      { row: 0, col: 0, level: 2 },
      { row: 0, col: 2, level: 1 },
    ]);
    expect(grid.numberFormats).toEqual([["#,##0", "General", "General", "General"]]);
  });
});
