import { patchCell, removeName, setCell, setName } from "../../../scripts/sample/workbook-fixture";
import { spreadMergedLabels } from "../../../src/core/grid-merges";
import { cleanFindings, cleanXlsx, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";
import { fakeExcelOf, findingsOf, gridsOf, officeSource, findingKeys, xlsxSource } from "./helpers";

const { budget, projects, staff, inventory, other, usefulLife } = SAMPLE_SHEETS;

/** Copies of the sample with defects of every kind the readers must carry over unchanged. */
const PLANTED: Record<string, Parameters<typeof plantedXlsx>[0]> = {
  "a wrong total and a wrong rate": (f) => {
    patchCell(f, budget, "B4", { result: 4_165_473 + 90 });
    patchCell(f, budget, "D6", { value: 75.9 });
  },
  "error values, a formula and a constant": (f) => {
    patchCell(f, budget, "D7", { formula: "ROUND(C7/E7*100,1)", error: "#DIV/0!" });
    patchCell(f, inventory, "F13", { value: undefined, numFmt: undefined, error: "#VALUE!" });
    patchCell(f, projects, "F14", { value: "미정" });
  },
  "text that reads like an error, a formula or a number": (f) => {
    patchCell(f, inventory, "C5", { value: "#N/A" });
    patchCell(f, inventory, "C6", { value: "=1+1" });
    patchCell(f, budget, "B6", { value: "383,253" });
    patchCell(f, budget, "B4", { result: 4_165_473 - 383_253 });
  },
  "dates as text, bad dates and a future date": (f) => {
    patchCell(f, inventory, "F31", { value: "2018. 10. 16." });
    patchCell(f, inventory, "F33", { value: "2014-13-17", numFmt: undefined });
    patchCell(f, inventory, "F13", { value: new Date(Date.UTC(2012, 1, 29)) });
  },
  "duplicate ids, a bad quantity, a missing date, an unknown life": (f) => {
    patchCell(f, inventory, "A9", { value: "HJ-NW-2012-01" });
    patchCell(f, inventory, "D10", { value: 2.5 });
    setCell(f, inventory, "F12", { border: true });
    patchCell(f, usefulLife, "A5", { value: "없는 분류" });
  },
  "a SUM that misses a row": (f) => {
    patchCell(f, other, "J25", { value: 0 });
    patchCell(f, other, "K25", { formula: "SUM(B25:I25)", result: 800_000 });
    patchCell(f, other, "B8", { formula: "SUM(B9:B13)" });
  },
  "names in both scopes, in any case, and broken ones": (f) => {
    removeName(f, "예산_사업별");
    setName(f, "Budget", "'사업별 예산'!$A$3:$I$14", projects);
    setName(f, "table_교육", "'기타 현황'!$A$15:$D$17");
    removeName(f, "Table_교육");
    setName(f, "Staff", "'인력 2018'!$A$3:$P$7", staff);
    setName(f, "Table_언론보도", "#REF!");
    setName(f, "Table_상수", "0.5");
    setName(f, "Inventory", "장비!$L$3:$T$43");
  },
};

describe("the Office.js adapter on the fake host reads what the .xlsx reader reads", () => {
  it("gives the sample's findings and grids", async () => {
    const xlsx = await cleanXlsx();
    const fake = await fakeExcelOf(xlsx);
    expect(await gridsOf(officeSource(fake))).toEqual(await gridsOf(await xlsxSource(xlsx)));
    const office = await findingsOf(officeSource(fake));
    expect(office.length).toBe(20);
    expect(findingKeys(office)).toEqual(findingKeys(await findingsOf(await xlsxSource(xlsx))));
  });

  it("gives the same findings in English", async () => {
    const xlsx = await cleanXlsx();
    const fake = await fakeExcelOf(xlsx);
    expect(findingKeys(await findingsOf(officeSource(fake), { lang: "en" }))).toEqual(findingKeys(await findingsOf(await xlsxSource(xlsx), { lang: "en" })));
  });

  for (const [defect, plant] of Object.entries(PLANTED)) {
    it(`gives the same findings and grids for a copy with ${defect}`, async () => {
      const xlsx = await plantedXlsx(plant);
      const fake = await fakeExcelOf(xlsx);
      expect(await gridsOf(officeSource(fake))).toEqual(await gridsOf(await xlsxSource(xlsx)));
      const office = await findingsOf(officeSource(fake));
      expect(findingKeys(office)).toEqual(findingKeys(await findingsOf(await xlsxSource(xlsx))));
      // The defect shows: the copy is not read as the clean sample.
      expect(findingKeys(office)).not.toEqual(findingKeys(await cleanFindings()));
    });
  }

  it("gives a merged cell whose top-left cell lies above the range the top-left's value, in one more round trip", async () => {
    const xlsx = await plantedXlsx((f) => setName(f, "Staff", "인력!$A$4:$P$7", staff));
    const fake = await fakeExcelOf(xlsx);
    const grids = await gridsOf(officeSource(fake));
    expect(grids).toEqual(await gridsOf(await xlsxSource(xlsx)));
    const stored = grids.find((g) => g.name === "Staff")!;
    expect(stored.merges?.filter((m) => m.topLeft !== undefined).map((m) => m.topLeft!.value)).toEqual(["구분", "계"]);
    const staffGrid = spreadMergedLabels(stored);
    expect(staffGrid.values[0].slice(0, 2)).toEqual(["구분", "계"]);
    expect(staffGrid.formulas![0][0]).toBeNull();
    // outline, used areas, blocks, and the top-left cells outside
    expect(fake.syncCount).toBe(4);
  });

  it("reads without ExcelApi 1.13 too, in as many round trips: a merged area's other cells then read empty", async () => {
    const xlsx = await cleanXlsx();
    const fake = await fakeExcelOf(xlsx, { apiVersion: "1.12" });
    const grids = await gridsOf(officeSource(fake));
    expect(fake.syncCount).toBe(3);
    const staffGrid = grids.find((g) => g.name === "Staff")!;
    expect(staffGrid.values[0].slice(2, 4)).toEqual(["일반직", null]); // C3:H3 is merged
    expect(staffGrid.merges).toEqual([]);
    expect((await findingsOf(officeSource(await fakeExcelOf(xlsx, { apiVersion: "1.12" })))).length).toBeGreaterThan(0);
  });
});
