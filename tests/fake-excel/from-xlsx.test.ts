import { setName } from "../../scripts/sample/workbook-fixture";
import { pushInto } from "../../src/core/group";
import { createFakeExcel, fakeWorkbookFromXlsx } from "../../src/fake-excel";
import { plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";

describe("a fake workbook from an .xlsx", () => {
  it("holds the sample's sheets, names of both scopes, constants and #REF!, values, formulas, formats and merges", async () => {
    const xlsx = await plantedXlsx((f) => {
      setName(f, "Lost", "#REF!");
      setName(f, "Rate", "0.5");
    });
    const workbook = await fakeWorkbookFromXlsx(xlsx);
    expect(workbook.sheets.map((s) => s.name)).toEqual(Object.values(SAMPLE_SHEETS));
    expect(workbook.names).toContainEqual({ name: "Staff", scopeSheet: SAMPLE_SHEETS.staff, formula: "=인력!$A$3:$P$7", visible: true });
    expect(workbook.names.slice(-2)).toEqual([
      { name: "Lost", formula: "=#REF!", visible: true },
      { name: "Rate", formula: "=0.5", visible: true },
    ]);
    const budget = workbook.sheets[1];
    expect(budget.cells.B4).toMatchObject({ value: 4165473, formula: "=SUM(B5:B9)", numberFormat: "#,##0", format: { font: { bold: true }, fill: "#F2F2F2" } });
    expect(budget.cells.A3.format).toMatchObject({ horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, borders: { EdgeTop: { style: "Continuous", weight: "Thin" } } });
    expect(budget.merges).toEqual(["A1:D1"]);
    expect(budget.columnWidths[0]).toBe(273); // 52 characters: 364 pixels
    const cover = workbook.sheets[0];
    expect(cover.cells.B5).toMatchObject({ value: 43373, numberFormat: "yyyy-mm-dd" }); // 2018-09-30 as a serial
    expect(workbook.sheets[3].cells.C3.value).toBe("일반직");
    expect(workbook.sheets[3].cells.D3).not.toHaveProperty("value"); // inside a merge: no value of its own
  });

  it("serves Excel's answers through the fake host: name types, cached values, no recalculation", async () => {
    const xlsx = await plantedXlsx((f) => setName(f, "Lost", "#REF!"));
    const fake = createFakeExcel(await fakeWorkbookFromXlsx(xlsx));
    await fake.run(async (context) => {
      const lost = context.workbook.names.getItem("Lost").load("type, value");
      const total = context.workbook.worksheets.getItem(SAMPLE_SHEETS.budget).getRange("B4").load("values, formulas");
      await context.sync();
      expect([lost.type, lost.value, total.values, total.formulas]).toEqual(["Error", "#REF!", [[4165473]], [["=SUM(B5:B9)"]]]);
    });
  });

  it("shares one format among cells that look alike, and a write changes that cell's alone", async () => {
    const fake = createFakeExcel(await fakeWorkbookFromXlsx(await plantedXlsx(() => undefined)));
    const budget = fake.workbook.sheets[1];
    const byLook = new Map<string, string[]>();
    for (const [address, cell] of Object.entries(budget.cells)) if (cell.format?.fill) pushInto(byLook, JSON.stringify(cell.format), address);
    const [look, [first, second]] = [...byLook].find(([, addresses]) => addresses.length > 1)!;
    expect(budget.cells[second].format).toBe(budget.cells[first].format);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(SAMPLE_SHEETS.budget).getRange(first).format.fill.color = "#FFFF00";
      await context.sync();
    });
    expect(budget.cells[first].format?.fill).toBe("#FFFF00");
    expect(JSON.stringify(budget.cells[second].format)).toBe(look);
  });
});
