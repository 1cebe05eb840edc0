import { smallExcel } from "./helpers";

const NAMES = [
  { name: "Budget", formula: "=예산!$A$1:$B$4", visible: true },
  { name: "Local", scopeSheet: "개요", formula: "=개요!$A$1", visible: true },
  { name: "Lost", formula: "=#REF!", visible: true },
  { name: "Rate", formula: "=0.5", visible: true },
  { name: "Label", formula: '="천원"', visible: false },
];

describe("named items", () => {
  it("list the workbook scope in workbook.names and a sheet's scope in worksheet.names, with type, formula and value", async () => {
    const fake = smallExcel({}, structuredClone(NAMES));
    const [workbookNames, sheetNames] = await fake.run(async (context) => {
      const book = context.workbook.names.load("items/name, items/type, items/formula, items/value, items/visible, items/scope");
      const sheet = context.workbook.worksheets.getItem("개요").names.load("name, type, scope");
      await context.sync();
      return [book.items.map((n) => [n.name, n.type, n.formula, n.value, n.visible, n.scope]), sheet.items.map((n) => [n.name, n.type, n.scope])];
    });
    expect(workbookNames).toEqual([
      ["Budget", "Range", "=예산!$A$1:$B$4", "예산!$A$1:$B$4", true, "Workbook"],
      ["Lost", "Error", "=#REF!", "#REF!", true, "Workbook"],
      ["Rate", "Double", "=0.5", 0.5, true, "Workbook"],
      ["Label", "String", '="천원"', "천원", false, "Workbook"],
    ]);
    expect(sheetNames).toEqual([["Local", "Range", "Worksheet"]]);
  });

  it("give a range for a Range name, and a null object (or InvalidArgument) for any other", async () => {
    const fake = smallExcel({}, structuredClone(NAMES));
    await fake.run(async (context) => {
      const names = context.workbook.names;
      const budget = names.getItem("budget").getRange().load("address");
      const lost = names.getItem("Lost").getRangeOrNullObject();
      const missing = names.getItemOrNullObject("Nope");
      await context.sync();
      expect([budget.address, lost.isNullObject, missing.isNullObject]).toEqual(["예산!A1:B4", true, true]);
      names.getItem("Rate").getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("are added (to a Range or a formula), hidden and deleted; a taken name is ItemAlreadyExists", async () => {
    const fake = smallExcel({}, structuredClone(NAMES));
    await fake.run(async (context) => {
      const names = context.workbook.names;
      names.add("Marker", context.workbook.worksheets.getItem("개요").getRange("A1")).visible = false;
      names.add("Half", "=1/2");
      names.getItem("Lost").delete();
      await context.sync();
      names.add("budget", "=예산!$A$1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      names.add("A1", "=1");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.workbook.names.map((n) => [n.name, n.formula, n.visible])).toEqual([
      ["Budget", "=예산!$A$1:$B$4", true],
      ["Local", "=개요!$A$1", true],
      ["Rate", "=0.5", true],
      ["Label", '="천원"', false],
      ["Marker", "=개요!$A$1", false],
      ["Half", "=1/2", true],
    ]);
  });

  it("follow a renamed sheet, and turn to #REF! (or go, if scoped to it) when their sheet is deleted", async () => {
    const fake = smallExcel({}, structuredClone(NAMES));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").name = "예산 2018";
      await context.sync();
      expect(fake.workbook.names[0].formula).toBe("='예산 2018'!$A$1:$B$4");
      context.workbook.worksheets.getItem("예산 2018").delete();
      context.workbook.worksheets.add("새 시트");
      context.workbook.worksheets.getItem("개요").delete();
      await context.sync();
    });
    expect(fake.workbook.names.map((n) => n.formula)).toEqual(["=#REF!$A$1:$B$4", "=#REF!", "=0.5", '="천원"']);
  });
});
