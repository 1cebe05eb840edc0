import { smallExcel } from "./helpers";

describe("the fake host's request context", () => {
  it("queues writes until sync, and counts round trips", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("A2").values = [["작성"]];
      expect(fake.workbook.sheets[1].cells.A2).toBeUndefined();
      await context.sync();
      expect(fake.workbook.sheets[1].cells.A2).toEqual({ value: "작성" });
    });
    expect(fake.syncCount).toBe(1);
  });

  it("answers a sync in a later task, as Excel's answer arrives from another process: the thread is free meanwhile", async () => {
    const fake = smallExcel();
    const order: string[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("A2").values = [["작성"]];
      const synced = context.sync().then(() => order.push("answered"));
      // A task queued after the request, as a render or a key press would be, runs before the answer.
      setImmediate(() => order.push("another task"));
      await synced;
    });
    expect(order).toEqual(["another task", "answered"]);
  });

  it("throws PropertyNotLoaded for a property read before it was loaded and synced", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("예산").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["사업", "예산액"], ["인건비", 1200]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", debugInfo: expect.objectContaining({ errorLocation: "Range.address" }) }));
    });
  });

  it("reads back a property set in the batch as it was set, as the real library keeps it", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("개요").getRange("B1");
      range.values = [["=1+1"]];
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("loads paths through navigation properties and collections, `items/` or not", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/position");
      const format = context.workbook.worksheets.getItem("예산").getRange("B2").load("format/font/bold, format/fill/color");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([["예산", 0], ["개요", 1]]);
      expect([format.format.font.bold, format.format.fill.color]).toEqual([false, "#FFFFFF"]);
      expect(() => format.format.font.italic).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives *OrNullObject proxies their isNullObject at sync, and none before", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("없음");
      const present = context.workbook.worksheets.getItemOrNullObject("개요").load("name");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, present.name]).toEqual([true, false, "개요"]);
      expect(missing.name).toBeUndefined(); // a null object's properties read as nothing
    });
  });

  it("fails the sync with ItemNotFound when the batch uses a missing item, and not before", async () => {
    const fake = smallExcel();
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("없음");
        await context.sync(); // not used yet: nothing to fail
        sheet.load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound", message: "The requested resource doesn't exist." });
    expect(fake.syncCount).toBe(2);
  });

  it("sends what the batch left queued when Excel.run ends", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("A2").values = [["끝"]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.workbook.sheets[1].cells.A2.value).toBe("끝");
  });

  it("keeps a proxy bound to its object across renames, and fails on one that was deleted", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("개요");
      sheet.name = "표지";
      sheet.getRange("A2").values = [["바뀐 이름으로"]];
      await context.sync();
      expect(fake.workbook.sheets[1]).toMatchObject({ name: "표지", cells: { A2: { value: "바뀐 이름으로" } } });
      sheet.delete();
      await context.sync();
      sheet.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
