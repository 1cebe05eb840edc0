/**
 * The Office.js path on the fake host: the sample without names gives the .xlsx reader's findings, found tables
 * included, in as many round trips as the named sample (the sheets' used areas are read in the named ranges' batch).
 */
import { findingKeys, fakeExcelOf, findingsOf, officeSource, xlsxSource } from "../workbook/office/helpers";
import { cleanXlsx, plantedXlsx } from "../helpers/sample";

describe("tables found without names, in Excel", () => {
  let unnamed: Buffer;
  beforeAll(async () => {
    unnamed = await plantedXlsx((f) => (f.names = []));
  });

  it("gives the same findings as the command line, one detected-table per table", async () => {
    const fake = await fakeExcelOf(unnamed);
    const office = await findingsOf(officeSource(fake));
    expect(findingKeys(office)).toEqual(findingKeys(await findingsOf(await xlsxSource(unnamed))));
    expect(office.filter((f) => f.rule === "workbook/detected-table")).toHaveLength(10);
  });

  it("takes no more round trips than the named sample", async () => {
    const named = await fakeExcelOf(await cleanXlsx());
    await findingsOf(officeSource(named));
    const found = await fakeExcelOf(unnamed);
    await findingsOf(officeSource(found));
    expect(found.syncCount).toBe(named.syncCount);
  });
});
