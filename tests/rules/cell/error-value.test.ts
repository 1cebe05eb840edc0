import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "cell/error-value";
const { budget, inventory } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      // A rate formula pointing at an empty column: its cached value is #DIV/0!.
      patchCell(f, budget, "D7", { formula: "ROUND(C7/E7*100,1)", error: "#DIV/0!" });
      patchCell(f, inventory, "F13", { value: undefined, numFmt: undefined, error: "#VALUE!" });
    });
  });

  it("reports an error value where a number or a date is needed, and no rule reads it as a value", async () => {
    await expectAdded(await checkXlsx(xlsx), [
      { rule: RULE, severity: "error", sheet: budget, cell: "D7" },
      { rule: RULE, severity: "error", sheet: inventory, cell: "F13" },
    ]);
  });

  it("names the column and the error", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["D7", "집행율(%): 오류 값 #DIV/0!이 있어 값을 읽을 수 없습니다."],
      ["F13", "취득일: 오류 값 #VALUE!가 있어 값을 읽을 수 없습니다."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["D7", "집행율(%): the error value #DIV/0! stands where a value is needed."],
      ["F13", "취득일: the error value #VALUE! stands where a value is needed."],
    ]);
  });
});
