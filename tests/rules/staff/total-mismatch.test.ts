import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "staff/total-mismatch";
const { staff } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: staff, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // One person too many in both 계 cells: their difference (B7) still holds, their sums do not.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, staff, "B5", { value: 28 });
      patchCell(f, staff, "B6", { value: 29 });
    });
  });

  it("reports each 계 that is not the sum of the grades, at the 계 cell", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("B5"), at("B6")]);
  });

  it("names the row, the stated total and the sum of the grades ('-' counting as 0)", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["B5", "정원 행의 계 28 ≠ 항목 합 27 (차이 1)."],
      ["B6", "현원 행의 계 29 ≠ 항목 합 28 (차이 1)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["B5", "Row 정원: total 28 ≠ sum of items 27 (difference 1)."],
      ["B6", "Row 현원: total 29 ≠ sum of items 28 (difference 1)."],
    ]);
  });

  it("allows no tolerance for headcounts", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { tolerance: 5 }), RULE)).toHaveLength(2);
  });
});
