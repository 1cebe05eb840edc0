/// <reference types="office-js" />
import { smallExcel } from "./helpers";

describe("worksheets", () => {
  it("are added at the end, renamed, moved, activated and deleted", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("요약").load("id, name, position");
      const unnamed = sheets.add().load("name");
      await context.sync();
      expect([added.name, added.position, unnamed.name]).toEqual(["요약", 2, "Sheet4"]);
      added.position = 0;
      added.activate();
      sheets.getItem(added.id).name = "Summary";
      unnamed.delete();
      await context.sync();
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Summary", "예산", "개요"]);
    expect(fake.workbook.activeSheet).toBe("Summary");
  });

  it("refuse a taken name (in any case), a name Excel forbids, and deleting the last visible sheet", async () => {
    const fake = smallExcel();
    const attempt = (batch: (sheets: Excel.WorksheetCollection) => void) =>
      fake.run(async (context) => {
        batch(context.workbook.worksheets);
        await context.sync();
      });
    await expect(attempt((s) => s.add("개요"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(attempt((s) => (s.getItem("개요").name = "예산"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await attempt((s) => s.add("Data"));
    await expect(attempt((s) => s.add("DATA"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(attempt((s) => s.add("a/b"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((s) => s.add("x".repeat(32)))).rejects.toMatchObject({ code: "InvalidArgument" });
    await attempt((s) => {
      s.getItem("개요").delete();
      s.getItem("Data").delete();
    });
    await expect(attempt((s) => s.getItem("예산").delete())).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("give their used range, by values only or by anything, and a null object when empty", async () => {
    const fake = smallExcel();
    fake.workbook.sheets[1].cells.D9 = { format: { fill: "#FFFF00" } };
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const values = sheets.getItem("개요").getUsedRange(true).load("address");
      const anything = sheets.getItem("개요").getUsedRange().load("address");
      const empty = sheets.add("빈").getUsedRangeOrNullObject(true);
      const emptyAnyway = sheets.getItem("빈").getUsedRange().load("address");
      await context.sync();
      expect([values.address, anything.address, empty.isNullObject, emptyAnyway.address]).toEqual(["개요!A1", "개요!A1:D9", true, "빈!A1"]);
    });
  });

  it("give the used range of cells far apart, past column Z and row 9", async () => {
    const fake = smallExcel();
    const sheet = fake.workbook.sheets[1];
    for (const key of Object.keys(sheet.cells)) delete sheet.cells[key];
    Object.assign(sheet.cells, { C30: { value: 1 }, AB7: { value: 2 }, XFD1048576: { format: { fill: "#FFFF00" } } });
    await fake.run(async (context) => {
      const values = context.workbook.worksheets.getItem("개요").getUsedRange(true).load("address");
      const anything = context.workbook.worksheets.getItem("개요").getUsedRange().load("address");
      await context.sync();
      expect([values.address, anything.address]).toEqual(["개요!C7:AB30", "개요!C7:XFD1048576"]);
    });
  });
});
