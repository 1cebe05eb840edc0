/**
 * Indent levels through the Office.js adapter on the fake host: a column indented alike costs no round trip of
 * its own; a name column whose levels differ costs one, whatever the rows; a host without ExcelApi 1.9 reads none.
 */
import { levelledBudgetXlsx } from "../../../scripts/levels/levelled-budget";
import { createFakeExcel, fakeWorkbookOf } from "../../../src/fake-excel";
import { fakeExcelOf, gridsOf, officeSource } from "./helpers";

const LEVELS_READ = [
  { row: 2, col: 0, level: 1 },
  { row: 3, col: 0, level: 1 },
  { row: 5, col: 0, level: 1 },
  { row: 6, col: 0, level: 2 },
];

describe("indent levels read by the Office.js adapter", () => {
  it("reads a name column's differing levels in one more round trip: outline, used areas, values, indents", async () => {
    const fake = await fakeExcelOf(await levelledBudgetXlsx());
    const [grid] = await gridsOf(officeSource(fake));
    expect(grid.indents?.slice(0, 4)).toEqual(LEVELS_READ);
    expect(grid.indents).toHaveLength(11);
    expect(fake.syncCount).toBe(4);
  });

  it("stays in as many round trips when the payload limit cuts the range into blocks", async () => {
    const whole = await gridsOf(officeSource(await fakeExcelOf(await levelledBudgetXlsx())));
    const fake = await fakeExcelOf(await levelledBudgetXlsx());
    const chunked = await gridsOf(officeSource(fake, { responsePayloadLimit: 400 }));
    expect(chunked[0].indents).toEqual(whole[0].indents);
  });

  it("takes a column indented alike from the probe, in no round trip of its own, and leaves out empty cells", async () => {
    const workbook = fakeWorkbookOf({
      S: {
        A1: "사업명",
        A2: { value: "정보화 교육", format: { indentLevel: 2 } },
        A3: { value: "교육 운영", format: { indentLevel: 2 } },
        B1: { format: { indentLevel: 1 } },
        B3: { value: 5 },
      },
    });
    workbook.names.push({ name: "Budget", formula: "=S!$A$2:$B$3", visible: true });
    const fake = createFakeExcel(workbook);
    const [grid] = await gridsOf(officeSource(fake));
    expect(grid.indents).toEqual([
      { row: 0, col: 0, level: 2 },
      { row: 1, col: 0, level: 2 },
    ]);
    expect(fake.syncCount).toBe(3);
  });

  it("reads none, in as many round trips as values alone, on a host without ExcelApi 1.9", async () => {
    const fake = await fakeExcelOf(await levelledBudgetXlsx(), { apiVersion: "1.8" });
    const [grid] = await gridsOf(officeSource(fake));
    expect(grid.indents).toBeUndefined();
    expect(fake.syncCount).toBe(3);
  });
});
