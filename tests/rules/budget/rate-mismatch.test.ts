import { patchCell, setCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "budget/rate-mismatch";
const { budget, projects } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      // 74.9 typed with two digits swapped.
      patchCell(f, budget, "D6", { value: 79.4 });
      // A fraction under a % format states the same rate as 92.6 does: no finding.
      patchCell(f, budget, "D7", { value: 0.926, numFmt: "0.0%" });
      // No rate, though 287,033 was executed.
      setCell(f, projects, "I5", { border: true });
    });
  });

  it("reports a rate that is not executed ÷ budget at its precision, and a missing rate beside an executed amount", async () => {
    await expectAdded(await checkXlsx(xlsx), [
      { rule: RULE, severity: "error", sheet: budget, cell: "D6" },
      { rule: RULE, severity: "error", sheet: projects, cell: "I5" },
    ]);
  });

  it("says the stated and the computed rate, and the amounts it comes from", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["D6", "집행률 79.4% ≠ 74.9% (= 집행액 287,033 ÷ 예산액 383,253)."],
      ["I5", "집행률이 비어 있으나 집행액이 287,033입니다 (74.9% = 집행액 ÷ 예산액 383,253)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["D6", "Execution rate 79.4% ≠ 74.9% (= executed 287,033 ÷ budget 383,253)."],
      ["I5", "No execution rate is stated, yet executed is 287,033 (74.9% = executed ÷ budget 383,253)."],
    ]);
  });
});
