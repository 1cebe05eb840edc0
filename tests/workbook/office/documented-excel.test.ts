/**
 * The Office.js adapter against the fake host in its documented-Excel mode (issue #15; sources in
 * docs/excel-host.md): merged areas listed by their top-left cell and refused past 512, workbook names under every
 * sheet's names, oversize answered `GeneralException`. Each reads what the .xlsx reader reads.
 */
import { DOCUMENTED_EXCEL } from "../../../src/fake-excel";
import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { cleanXlsx, plantedXlsx, SAMPLE_SHEETS, withLots, withMergedAmounts, withStaffBelowMergedHeader } from "../../helpers/sample";
import { fakeExcelOf, findingKeys, findingsOf, gridsOf, officeSource, xlsxSource } from "./helpers";

describe("the adapter on documented Excel reads what the .xlsx reader reads", () => {
  it("sees the two-row merged header that starts above a named range (merged areas by top-left cell)", async () => {
    const xlsx = await withStaffBelowMergedHeader();
    const grids = await gridsOf(officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL)));
    expect(grids).toEqual(await gridsOf(await xlsxSource(xlsx)));
    const staff = grids.find((g) => g.name === "Staff")!;
    expect(staff.merges?.filter((m) => m.topLeft !== undefined).map((m) => m.topLeft!.value)).toEqual(["구분", "계"]);
  });

  it("reads a range of 600 merged areas, never asking Excel for more than 512 at once", async () => {
    const xlsx = await withMergedAmounts(600);
    const fake = await fakeExcelOf(xlsx, DOCUMENTED_EXCEL);
    const grids = await gridsOf(officeSource(fake));
    expect(grids).toEqual(await gridsOf(await xlsxSource(xlsx)));
    expect(grids.find((g) => g.name === "Table_병합")!.merges).toHaveLength(602);
    expect(findingKeys(await findingsOf(officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL))))).toEqual(findingKeys(await findingsOf(await xlsxSource(xlsx))));
  });

  it("lists each name once, by its scope, when every sheet's names list the workbook's too", async () => {
    const xlsx = await cleanXlsx();
    const outline = await officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL)).outline();
    const fromFile = await (await xlsxSource(xlsx)).outline();
    const key = (n: { name: string; scopeSheet?: string }) => `${n.scopeSheet ?? ""}!${n.name}`;
    expect(outline.names.map(key).sort()).toEqual(fromFile.names.map(key).sort());
    expect(findingKeys(await findingsOf(officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL))))).toEqual(findingKeys(await findingsOf(await xlsxSource(xlsx))));
  });

  it("halves a read Excel refuses with GeneralException, as it does a payload error", async () => {
    const xlsx = await withLots(2_000);
    const fake = await fakeExcelOf(xlsx, { ...DOCUMENTED_EXCEL, responseLimit: 200_000 });
    const grids = await gridsOf(officeSource(fake));
    expect(fake.payloads.some((p) => p.response > 200_000)).toBe(true); // the refused round trips
    expect(grids).toEqual(await gridsOf(await xlsxSource(xlsx)));
  }, 60_000);

  it("gives up at one row Excel still refuses, naming the name, sheet and row", async () => {
    // A cell of 32,000 characters read as values and formulas: some 190 KB that one row cannot get under.
    const xlsx = await plantedXlsx((f) => patchCell(f, SAMPLE_SHEETS.inventory, "C10", { value: "가".repeat(32_000) }));
    const fake = await fakeExcelOf(xlsx, { ...DOCUMENTED_EXCEL, responseLimit: 100_000 });
    await expect(gridsOf(officeSource(fake))).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
      rangeName: "Inventory",
      sheet: SAMPLE_SHEETS.inventory,
      cell: "A10:J10",
    });
  }, 60_000);
});
