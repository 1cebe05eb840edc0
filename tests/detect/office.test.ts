/**
 * The Office.js path on the fake host: the sample without names gives the .xlsx reader's findings, found tables
 * included, in as many round trips as the named sample (the sheets' used areas are read in the named ranges' batch).
 */
import { clockAt } from "../../src/app/clock";
import { nameTables } from "../../src/app/name-tables";
import { createOfficeWorkbook } from "../../src/workbook/office";
import { cleanXlsx, plantedXlsx, SEED_TODAY } from "../helpers/sample";
import { findingKeys, fakeExcelOf, findingsOf, officeSource, supportsOf, xlsxSource } from "../workbook/office/helpers";

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

describe("naming the found tables in Excel", () => {
  it("adds workbook-scoped names through workbook.names.add, after which nothing is left to find", async () => {
    const fake = await fakeExcelOf(await plantedXlsx((f) => (f.names = [])));
    const workbook = createOfficeWorkbook(fake.run, { supports: supportsOf(fake) });
    const result = await nameTables(workbook, clockAt(SEED_TODAY), { lang: "ko" });
    expect(result.kind === "named" && result.named.map((n) => n.name)).toEqual([
      "예산", "예산_2", "인력", "장비", "내용연수", "표_기타현황", "표_기타현황_2", "표_기타현황_3", "표_기타현황_4", "표_기타현황_5",
    ]);
    const after = await findingsOf(officeSource(fake));
    expect(after.filter((f) => f.rule === "workbook/detected-table")).toEqual([]);
    expect(new Set(after.map((f) => f.name))).toContain("장비");
  });
});
