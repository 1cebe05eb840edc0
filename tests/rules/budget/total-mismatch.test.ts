import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "budget/total-mismatch";
const { budget } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: budget, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // The 계 row's SUMs, as if their cached results had been typed over: 90 too many (two digits swapped), 100 too many.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, budget, "B4", { result: 4_165_473 + 90 });
      patchCell(f, budget, "C4", { result: 3_205_952 + 100 });
    });
  });

  it("reports each total cell that differs from the sum of its rows, and nothing else", async () => {
    // The 계 row's rate (D4, 77.0) is checked as a rate, not summed, so it stays quiet.
    await expectAdded(await checkXlsx(xlsx), [at("B4"), at("C4")]);
  });

  it("says what was stated and what the rows add up to, with the transposition hint only for multiples of 9", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["B4", "예산액 합계 4,165,563 ≠ 항목 합 4,165,473 (차이 90천원: 숫자 자리 바뀜 의심)."],
      ["C4", "집행액 합계 3,206,052 ≠ 항목 합 3,205,952 (차이 100천원)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["B4", "예산액 total 4,165,563 ≠ sum of items 4,165,473 (difference 90 thousand KRW: possible transposed digits)."],
      ["C4", "집행액 total 3,206,052 ≠ sum of items 3,205,952 (difference 100 thousand KRW)."],
    ]);
  });

  it("takes differences within the tolerance as equal", async () => {
    const findings = await checkXlsx(xlsx, { tolerance: 95 });
    expect(messagesOf(findings, RULE).map(([cell]) => cell)).toEqual(["C4"]);
  });
});
