/// <reference types="office-js" />
import { smallExcel } from "./helpers";

describe("formats", () => {
  it("set fill, font, alignment, wrap and borders on every cell of a range", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const format = context.workbook.worksheets.getItem("예산").getRange("A1:B1").format;
      format.fill.color = "#d9e1f2";
      format.font.bold = true;
      format.font.color = "#1F3864";
      format.font.size = 13;
      format.font.underline = "Single";
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Center";
      format.wrapText = true;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = edge === "EdgeBottom" ? "Medium" : "Thin";
      }
      await context.sync();
    });
    const thin = { style: "Continuous", weight: "Thin", color: "#000000" };
    expect(fake.workbook.sheets[0].cells.B1.format).toEqual({
      fill: "#D9E1F2",
      font: { bold: true, color: "#1F3864", size: 13, underline: "Single" },
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      borders: { EdgeTop: thin, EdgeBottom: { ...thin, weight: "Medium" }, EdgeRight: thin, EdgeLeft: thin },
    });
  });

  it("read a property as null where the cells differ", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("A1").format.font.bold = true;
      const both = sheet.getRange("A1:B1").format.font.load("bold");
      const one = sheet.getRange("A1").format.font.load("bold");
      await context.sync();
      expect([both.bold, one.bold]).toEqual([null, true]);
    });
  });

  it("set column widths and row heights in points", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("B:D").format.columnWidth = 73.5;
      sheet.getRange("2:3").format.rowHeight = 30;
      const width = sheet.getRange("C1").format.load("columnWidth, rowHeight");
      await context.sync();
      expect([width.columnWidth, width.rowHeight]).toEqual([73.5, 15]);
      sheet.getRange("A1").format.rowHeight = 500;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect([fake.workbook.sheets[0].columnWidths, fake.workbook.sheets[0].rowHeights]).toEqual([{ 1: 73.5, 2: 73.5, 3: 73.5 }, { 1: 30, 2: 30 }]);
  });

  it("go to every area of a RangeAreas at once (getRanges, ExcelApi 1.9)", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("예산").getRanges("A1:B1, A4; B2:B3").load("address, areaCount, cellCount");
      areas.format.fill.color = "#F2F2F2";
      await context.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["예산!A1:B1, 예산!A4, 예산!B2:B3", 3, 5]);
    });
    const filled = Object.entries(fake.workbook.sheets[0].cells).filter(([, c]) => c.format?.fill === "#F2F2F2").map(([a]) => a);
    expect(filled.sort()).toEqual(["A1", "A4", "B1", "B2", "B3"]);
  });
});
