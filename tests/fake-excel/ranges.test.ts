/// <reference types="office-js" />
import { smallExcel } from "./helpers";

describe("ranges", () => {
  it("are found by address, by indexes and relative to another range", async () => {
    const fake = smallExcel();
    const addresses = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      const ranges = [
        sheet.getRange("$A$1:B4"),
        sheet.getRangeByIndexes(1, 0, 3, 2),
        sheet.getCell(3, 1),
        sheet.getRange("B2").getResizedRange(2, 1),
        sheet.getRange("A1:B2").getOffsetRange(2, 1),
        sheet.getRange("A1:B4").getCell(3, 0),
        sheet.getRange("B2").getEntireColumn(),
        sheet.getRange("A1:C9").getUsedRange(true),
        sheet.getRange("A1:B4").getIntersection("B3:D9"),
      ].map((r) => r.load("address"));
      const none = sheet.getRange("A1:B2").getIntersectionOrNullObject("D5:E6");
      await context.sync();
      return [...ranges.map((r) => r.address), none.isNullObject];
    });
    expect(addresses).toEqual(["예산!A1:B4", "예산!A2:B4", "예산!B4", "예산!B2:C4", "예산!B3:C4", "예산!A4", "예산!B:B", "예산!A1:C4", "예산!B3:B4", true]);
  });

  it("merge (keeping the top-left value), report merged areas, and unmerge", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("A1:B1").merge();
      sheet.getRange("A2:B3").merge(true);
      const merged = sheet.getRange("A1:D9").getMergedAreasOrNullObject().load("address, areaCount");
      const none = sheet.getRange("D5:E9").getMergedAreasOrNullObject();
      const values = sheet.getRange("A1:B1").load("values");
      await context.sync();
      expect([merged.address, merged.areaCount, none.isNullObject, values.values]).toEqual(["예산!A1:B1, 예산!A2:B2, 예산!A3:B3", 3, true, [["사업", ""]]]);
      sheet.getRange("A2:B3").unmerge();
      await context.sync();
    });
    expect(fake.workbook.sheets[0].merges).toEqual(["A1:B1"]);
  });

  it("merge over earlier merges by unmerging the ones met, tall ones too, as Excel does", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("F1:F100").merge();
      for (let row = 1; row <= 200; row++) sheet.getRange(`A${row}:B${row}`).merge();
      sheet.getRange("B50:C51").merge();
      sheet.getRange("E70:G70").merge();
      const merged = sheet.getRange("A49:G52").getMergedAreasOrNullObject().load("areaCount");
      const tall = sheet.getRange("F99:F99").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect([merged.areaCount, tall.isNullObject]).toEqual([3, true]);
    });
    const merges = fake.workbook.sheets[0].merges;
    expect(merges).toHaveLength(200);
    expect(merges.filter((m) => /^(A50|A51|F1):/.test(m))).toEqual([]);
    expect(merges.slice(-2)).toEqual(["B50:C51", "E70:G70"]);
  });

  it("carry hyperlinks, and select a range on its sheet", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("개요");
      sheet.getRange("A2").hyperlink = { documentReference: "'예산'!B4" };
      sheet.getRange("A3").hyperlink = { documentReference: "'예산'!C4", textToDisplay: "=보기" };
      context.workbook.worksheets.getItem("예산").getRange("B4").select();
      const link = sheet.getRange("A2").load("hyperlink");
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect([link.hyperlink, selected.address]).toEqual([{ documentReference: "'예산'!B4" }, "예산!B4"]);
    });
    expect(fake.workbook.sheets[1].cells.A3).toEqual({ value: "=보기", hyperlink: { documentReference: "'예산'!C4", textToDisplay: "=보기" } });
    expect([fake.workbook.activeSheet, fake.workbook.selection]).toEqual(["예산", { sheet: "예산", address: "B4" }]);
  });

  it("refuse an address on another sheet and indexes off the sheet", async () => {
    const fake = smallExcel();
    for (const range of [(s: Excel.Worksheet) => s.getRange("개요!A1"), (s: Excel.Worksheet) => s.getRangeByIndexes(0, 0, 0, 1), (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0)]) {
      await expect(
        fake.run(async (context) => {
          range(context.workbook.worksheets.getItem("예산")).load("address");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});
