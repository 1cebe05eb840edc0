import { createFakeExcel, fakeWorkbookOf } from "../../../src/fake-excel";
import { selectCell } from "../../../src/workbook/office";

describe("selectCell", () => {
  const workbook = () => fakeWorkbookOf({ 개요: { A1: "표지" }, 장비: { F12: 41234 } });

  it("activates the finding's sheet and selects exactly its cell, in one round trip", async () => {
    const fake = createFakeExcel(workbook());
    await selectCell(fake.run, "장비", "F12");
    expect(fake.workbook.activeSheet).toBe("장비");
    expect(fake.workbook.selection).toEqual({ sheet: "장비", address: "F12" });
    expect(fake.syncCount).toBe(1);
  });

  it("only activates the sheet of a finding without a cell", async () => {
    const fake = createFakeExcel(workbook());
    await selectCell(fake.run, "장비", "");
    expect(fake.workbook.selection).toEqual({ sheet: "장비", address: "A1" });
  });

  it("fails with ItemNotFound for a sheet that is gone", async () => {
    const fake = createFakeExcel(workbook());
    await expect(selectCell(fake.run, "없는 시트", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
