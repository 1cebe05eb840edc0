import { createFakeExcel, fakeWorkbookFromXlsx, PAYLOAD_LIMIT, type FakeExcelOptions, type FakeWorkbook } from "../../../src/fake-excel";
import { withLots } from "../../helpers/sample";
import { fakeExcelOf, findingsOf, gridsOf, officeSource, findingKeys, xlsxSource } from "./helpers";

describe("round trips of Validate", () => {
  let small: Buffer;
  let large: Buffer;
  let largeWorkbook: FakeWorkbook;
  /** A fresh host on the large workbook, read from the file once: Validate never changes it, so hosts share it. */
  const largeExcel = (options: FakeExcelOptions = {}) => createFakeExcel(largeWorkbook, options);
  beforeAll(async () => {
    [small, large] = await Promise.all([withLots(10), withLots(10_000)]);
    largeWorkbook = await fakeWorkbookFromXlsx(large);
  }, 120_000);

  it("are as many for 10,000 inventory rows as for 10: outline, used areas, one read", async () => {
    const counts: number[] = [];
    for (const fake of [await fakeExcelOf(small), largeExcel()]) {
      const findings = await findingsOf(officeSource(fake));
      expect(findings.length).toBeGreaterThan(0);
      counts.push(fake.syncCount);
      // Every response stays under Excel on the web's 5 MB.
      for (const payload of fake.payloads) expect(payload.response).toBeLessThan(PAYLOAD_LIMIT);
    }
    expect(counts).toEqual([3, 3]);
  }, 120_000);

  it("read a large range in row blocks, one round trip per block group, when the payload limit asks for it", async () => {
    const fake = largeExcel();
    const chunked = await gridsOf(officeSource(fake, { responsePayloadLimit: 1024 * 1024 }));
    // 10,000 rows of about 400 bytes: four or five groups of 1 MB after the outline and the used areas
    expect(fake.syncCount).toBeGreaterThanOrEqual(2 + 4);
    expect(fake.syncCount).toBeLessThanOrEqual(2 + 6);
    const whole = await gridsOf(officeSource(largeExcel()));
    expect(chunked).toEqual(whole);
  }, 120_000);

  it("halve a group that Excel still refuses as too large, and read it again", async () => {
    const fake = largeExcel({ responseLimit: 1024 * 1024 });
    const grids = await gridsOf(officeSource(fake));
    expect(fake.payloads.some((p) => p.response > 1024 * 1024)).toBe(true); // the refused round trips
    expect(grids).toEqual(await gridsOf(officeSource(largeExcel())));
  }, 120_000);

  it("give the .xlsx reader's findings for the large workbook too", async () => {
    const fake = largeExcel();
    expect(findingKeys(await findingsOf(officeSource(fake)))).toEqual(findingKeys(await findingsOf(await xlsxSource(large))));
  }, 120_000);
});
