/// <reference types="office-js" />
import { smallExcel } from "./helpers";

/** Lets the fake host's timers (its event deliveries) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

type Args = Excel.WorksheetChangedEventArgs;

describe("change events", () => {
  it("raise one event per write, with the block's address, after the sync, to the sheet's handler", async () => {
    const fake = smallExcel();
    const seen: Args[] = [];
    let duringSync = 0;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
    });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("B2:B3").values = [[1000], [200]];
      sheet.getRange("A2").formulas = [["=\"x\""]];
      context.workbook.worksheets.getItem("개요").getRange("A2").values = [["다른 시트"]];
      await context.sync();
      duringSync = seen.length;
    });
    await settle();
    expect(duringSync).toBe(0);
    expect(seen.map(({ address, changeType, source, type }) => [address, changeType, source, type])).toEqual([
      ["B2:B3", "RangeEdited", "Local", "WorksheetChanged"],
      ["A2", "RangeEdited", "Local", "WorksheetChanged"],
    ]);
    expect(seen[0].worksheetId).toBe(fake.workbook.sheets[0].id);
    // Excel gives the values around the change only when one cell changed.
    expect(seen[0].details).toBeUndefined();
    expect(seen[1].details).toMatchObject({ valueBefore: "인건비", valueAfter: "x" });
  });

  it("hear every sheet through the collection (ExcelApi 1.9), and a user's edit or paste as one event", async () => {
    const fake = smallExcel();
    const seen: string[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(`${args.worksheetId === fake.workbook.sheets[1].id ? "개요" : "예산"}!${args.address}`);
      });
      await context.sync();
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").getRange("D4").formulas = [["=SUM(B2:B3)"]];
    });
    await settle();
    seen.length = 0;
    fake.edit("예산", "B2", [["1,300"]]);
    fake.edit("개요", "A1:B2", [["a", "b"], ["c", "d"]]);
    await settle();
    expect(seen).toEqual(["예산!B2", "개요!A1:B2"]);
    // The user's number went in as a number, and a formula written through the API was recalculated.
    expect(fake.workbook.sheets[0].cells.B2.value).toBe(1300);
    expect(fake.workbook.sheets[0].cells.D4.value).toBe(1270);
  });

  it("raise none for a formula on another sheet whose result the edit changed (office-js#3899)", async () => {
    const fake = smallExcel();
    const seen: string[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("B5").formulas = [["=예산!B2*2"]];
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
    });
    await settle();
    seen.length = 0;
    fake.edit("예산", "B2", [[1300]]);
    await settle();
    expect(seen).toEqual(["B2"]);
    expect(fake.workbook.sheets[1].cells.B5.value).toBe(2600);
  });

  it("are not registered before the sync, and a removed handler hears nothing after the next sync", async () => {
    const fake = smallExcel();
    let heard = 0;
    const result = await fake.run(async (context) => {
      const added = context.workbook.worksheets.getItem("예산").onChanged.add(async () => {
        heard += 1;
      });
      expect(fake.changeHandlerCount).toBe(0);
      await context.sync();
      return added;
    });
    expect(fake.changeHandlerCount).toBe(1);
    fake.edit("예산", "B2", [[1]]);
    await settle();
    result.remove();
    expect(fake.changeHandlerCount).toBe(1);
    await result.context.sync();
    expect(fake.changeHandlerCount).toBe(0);
    fake.edit("예산", "B2", [[2]]);
    await settle();
    expect(heard).toBe(1);
  });

  it("need ExcelApi 1.9 on the collection and 1.7 on a sheet", async () => {
    const fake = smallExcel({ apiVersion: "1.8" });
    const add = (target: (context: Excel.RequestContext) => { add(h: () => Promise<void>): unknown }) =>
      fake.run(async (context) => {
        target(context).add(async () => undefined);
        await context.sync();
      });
    await expect(add((context) => context.workbook.worksheets.onChanged)).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(add((context) => context.workbook.worksheets.getItem("예산").onChanged)).resolves.toBeUndefined();
  });
});
