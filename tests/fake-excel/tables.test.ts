import { createFakeExcel, fakeWorkbookOf } from "../../src/fake-excel";
import { createOfficeSource } from "../../src/workbook/office";
import { smallExcel } from "./helpers";

describe("Excel tables in the fake host", () => {
  it("are created with tables.add, named, given a totals row, and listed by the workbook and their sheet", async () => {
    const fake = smallExcel();
    const listed = await fake.run(async (context) => {
      const table = context.workbook.tables.add("예산!A1:B3", true);
      table.name = "예산";
      table.showTotals = true;
      await context.sync();
      const all = context.workbook.tables.load("items/name, items/showHeaders, items/showTotals, items/worksheet/name");
      const onSheet = context.workbook.worksheets.getItem("예산").tables.load("items/name");
      const onCover = context.workbook.worksheets.getItem("개요").tables.load("items/name");
      const range = context.workbook.tables.getItem("예산").getRange().load("address");
      await context.sync();
      return {
        all: all.items.map((t) => [t.name, t.showHeaders, t.showTotals, t.worksheet.name]),
        onSheet: onSheet.items.map((t) => t.name),
        onCover: onCover.items.map((t) => t.name),
        address: range.address,
      };
    });
    // Showing the totals row adds the row below the data to the table.
    expect(listed).toEqual({ all: [["예산", true, true, "예산"]], onSheet: ["예산"], onCover: [], address: "예산!A1:B4" });
    expect(fake.workbook.sheets[0].tables).toEqual([{ name: "예산", rect: { top: 0, left: 0, bottom: 3, right: 1 }, showHeaders: true, showTotals: true }]);
  });

  it("are named Table1, Table2, … when added, and refuse a name another table has", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const first = context.workbook.tables.add("예산!A1:B2", true).load("name");
      const second = context.workbook.worksheets.getItem("개요").tables.add("A1", false).load("name");
      await context.sync();
      expect([first.name, second.name]).toEqual(["Table1", "Table2"]);
      second.name = "table1";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("fail with ItemNotFound when a table of that name is not there, and PropertyNotLoaded before a load", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const tables = context.workbook.tables;
      expect(() => tables.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      tables.getItem("없음").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("set in the model reach the Office.js adapter's outline: two round trips with tables, whatever their number", async () => {
    const book = fakeWorkbookOf({ 예산: {}, "장비 목록": {} });
    book.sheets[0].tables.push({ name: "Budget_2024", rect: { top: 2, left: 1, bottom: 19, right: 7 }, showHeaders: true, showTotals: true });
    for (let n = 0; n < 20; n++) {
      book.sheets[1].tables.push({ name: `표_${n}`, rect: { top: n * 10, left: 0, bottom: n * 10 + 5, right: 3 }, showHeaders: n > 0, showTotals: false });
    }
    const fake = createFakeExcel(book);
    const outline = await createOfficeSource(fake.run, { supports: () => true }).outline();
    expect(fake.syncCount).toBe(2);
    expect(outline.tables).toHaveLength(21);
    expect(outline.tables.slice(0, 2)).toEqual([
      { name: "Budget_2024", sheet: "예산", ref: "B3:H20", headerRowCount: 1, totalsRowCount: 1 },
      { name: "표_0", sheet: "장비 목록", ref: "A1:D6", headerRowCount: 0, totalsRowCount: 0 },
    ]);
  });

  it("are none, in the one round trip of the outline, when the workbook has none", async () => {
    const fake = smallExcel();
    const outline = await createOfficeSource(fake.run, { supports: () => true }).outline();
    expect(fake.syncCount).toBe(1);
    expect(outline.tables).toEqual([]);
  });
});
