/** The adapter's edit watcher on the fake host: one handler for every sheet from ExcelApi 1.9, one a sheet below it. */
import type { SheetEdit } from "../../../src/workbook/port";
import { watchEdits } from "../../../src/workbook/office";
import { smallExcel } from "../../fake-excel/helpers";
import { supportsOf } from "./helpers";

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each([
  ["1.9", 1],
  ["1.7", 2],
])("watching edits on ExcelApi %s", (apiVersion, handlers) => {
  it(`registers ${handlers} handler(s), passes each edit on by its sheet's id, and removes them`, async () => {
    const fake = smallExcel({ apiVersion });
    const edits: SheetEdit[] = [];
    const stop = await watchEdits(fake.run, supportsOf(fake), (edit) => edits.push(edit));
    expect(fake.changeHandlerCount).toBe(handlers);
    fake.edit("개요", "A1:B2", [["a", "b"], ["c", "d"]]);
    await settle();
    expect(edits).toEqual([{ sheetId: fake.workbook.sheets[1].id, address: "A1:B2", moved: false }]);
    await stop();
    expect(fake.changeHandlerCount).toBe(0);
  });
});
