import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "budget/split-mismatch";
const { projects } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: projects, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      // 시비 32,380 typed as 32,830: 시비 + 구비 no longer make the 예산액.
      patchCell(f, projects, "D5", { value: 32_830 });
      // 집행 시비 3 short of what makes the 집행액.
      patchCell(f, projects, "G5", { value: 21_000 });
    });
  });

  it("reports, at the budget and the executed cell, funding sources that do not add up to them", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("C5"), at("F5")]);
  });

  it("names the sources, their sum, the stated amount and the difference", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["C5", "재원 합 383,703 (시비+구비) ≠ 예산액 383,253 (차이 450천원: 숫자 자리 바뀜 의심)."],
      ["F5", "재원별 집행 합 287,030 (집행 시비+집행 구비) ≠ 집행액 287,033 (차이 3천원)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["C5", "Funding sources 383,703 (시비+구비) ≠ budget 383,253 (difference 450 thousand KRW: possible transposed digits)."],
      ["F5", "Executed by source 287,030 (집행 시비+집행 구비) ≠ executed 287,033 (difference 3 thousand KRW)."],
    ]);
  });
});
