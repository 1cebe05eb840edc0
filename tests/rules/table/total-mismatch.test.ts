import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "table/total-mismatch";
const { other } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: other, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      // 표_보급: the 계 row above its rows, a SUM whose cached 459 reads 495.
      patchCell(f, other, "B8", { result: 495 });
      // Table_교육: a typed 계 column, 134 typed as 143.
      patchCell(f, other, "B16", { value: 143 });
      // Table_소식지: the 계 column after the monthly ones (a cross-foot), one copy too many.
      patchCell(f, other, "K25", { result: 900_001 });
    });
  });

  it("reports total rows and total columns of Table_* ranges that differ from their parts", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("B8"), at("B16"), at("K25")]);
  });

  it("names the column or row, the stated total, the sum and the difference", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["B8", "보급대수 합계 495 ≠ 항목 합 459 (차이 36: 숫자 자리 바뀜 의심)."],
      ["B16", "교육횟수(회) 행의 계 143 ≠ 항목 합 134 (차이 9: 숫자 자리 바뀜 의심)."],
      ["K25", "발행 부수(부) 행의 계 900,001 ≠ 항목 합 900,000 (차이 1)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["B8", "보급대수 total 495 ≠ sum of items 459 (difference 36: possible transposed digits)."],
      ["B16", "Row 교육횟수(회): total 143 ≠ sum of items 134 (difference 9: possible transposed digits)."],
      ["K25", "Row 발행 부수(부): total 900,001 ≠ sum of items 900,000 (difference 1)."],
    ]);
  });
});
