import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "budget/over-executed";
const { projects } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // 10,000 spent beyond the 176,531 budgeted, the rate agreeing (105.7%).
    xlsx = await plantedXlsx((f) => {
      patchCell(f, projects, "F8", { value: 186_531 });
      patchCell(f, projects, "I8", { value: 105.7 });
    });
  });

  it("is an error at the executed cell by default: a local government may not spend past its budget", async () => {
    await expectAdded(await checkXlsx(xlsx), [{ rule: RULE, severity: "error", sheet: projects, cell: "F8" }]);
  });

  it("is a warning where the user sets it so, and nothing where it is off", async () => {
    const warned = await checkXlsx(xlsx, { rules: { [RULE]: "warning" } });
    await expectAdded(warned, [{ rule: RULE, severity: "warning", sheet: projects, cell: "F8" }]);
    expect((await checkXlsx(xlsx, { rules: { [RULE]: "off" } })).filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("says both amounts and by how much the budget was exceeded", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([["F8", "집행액 186,531 > 예산액 176,531 (10,000천원 초과 집행)."]]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F8", "Executed 186,531 > budget 176,531 (over by 10,000 thousand KRW)."],
    ]);
  });
});
