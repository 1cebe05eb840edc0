import { setName } from "../../../scripts/sample/workbook-fixture";
import { createFakeExcel, fakeWorkbookOf } from "../../../src/fake-excel";
import { cleanXlsx, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";
import { fakeExcelOf, findingsOf, officeSource, supportsOf } from "./helpers";
import { createOfficeSource } from "../../../src/workbook/office";

const { budget, staff } = SAMPLE_SHEETS;

describe("the outline through Office.js", () => {
  it("holds every sheet and every name of both scopes, in one round trip", async () => {
    const fake = await fakeExcelOf(await cleanXlsx());
    const outline = await officeSource(fake).outline();
    expect(fake.syncCount).toBe(1);
    expect(outline.sheets).toEqual(Object.values(SAMPLE_SHEETS));
    expect(outline.names).toContainEqual({ name: "Staff", scopeSheet: staff, formula: "=인력!$A$3:$P$7" });
    expect(outline.names).toContainEqual({ name: "Budget", formula: "=예산!$A$3:$D$9" });
    expect(outline.names).toHaveLength(11);
  });

  it("reads nothing, in no round trip, when nothing is asked", async () => {
    const fake = await fakeExcelOf(await cleanXlsx());
    expect(await officeSource(fake).readRanges([])).toEqual([]);
    expect(fake.syncCount).toBe(0);
  });

  it("reads a range of a sheet with no values as no rows", async () => {
    const fake = createFakeExcel(fakeWorkbookOf({ 빈: {} }));
    const source = createOfficeSource(fake.run, { supports: supportsOf(fake) });
    const [grid] = await source.readRanges([{ name: "Budget", rect: { sheet: "빈", top: 2, left: 0, bottom: 9, right: 3 } }]);
    expect(grid).toEqual({ name: "Budget", sheet: "빈", top: 2, left: 0, values: [], numberFormats: [], formulas: [] });
  });
});

describe("names that point at no cells", () => {
  it("become workbook/broken-range findings, never exceptions: #REF!, a missing sheet, a constant", async () => {
    const xlsx = await plantedXlsx((f) => {
      setName(f, "Budget", "#REF!");
      setName(f, "Staff", "'인력 2018'!$A$3:$P$7", staff);
      setName(f, "Table_비율", "0.5");
    });
    const findings = await findingsOf(officeSource(await fakeExcelOf(xlsx)), { lang: "en" });
    const broken = findings.filter((f) => f.rule === "workbook/broken-range").map(({ name, sheet, cell, messageId }) => ({ name, sheet, cell, messageId }));
    expect(broken).toEqual(
      expect.arrayContaining([
        { name: "Budget", sheet: "", cell: "", messageId: "ref-error" },
        { name: "Staff", sheet: "인력 2018", cell: "", messageId: "missing-sheet" },
        { name: "Table_비율", sheet: "", cell: "", messageId: "not-a-range" },
      ]),
    );
    expect(broken).toHaveLength(3);
  });

  it("include a name whose sheet was deleted in Excel (its formula turns to #REF!)", async () => {
    const fake = await fakeExcelOf(await cleanXlsx());
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(budget).delete();
      await context.sync();
    });
    const budgetName = fake.workbook.names.find((n) => n.name === "Budget");
    expect(budgetName?.formula).toBe("=#REF!$A$3:$D$9");
    const findings = await findingsOf(officeSource(fake));
    expect(findings.filter((f) => f.name === "Budget").map((f) => [f.rule, f.messageId])).toEqual([["workbook/broken-range", "ref-error"]]);
  });
});
