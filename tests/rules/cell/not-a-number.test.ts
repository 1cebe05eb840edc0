import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "cell/not-a-number";
const { projects } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => patchCell(f, projects, "F14", { value: "미정" }));
  });

  it("reports text that cannot be read as a number in an amount column", async () => {
    // The rules that need the amount (rate, over-executed) leave the cell to this one.
    await expectAdded(await checkXlsx(xlsx), [{ rule: RULE, severity: "error", sheet: projects, cell: "F14" }]);
  });

  it("quotes the text found", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([["F14", "집행액: '미정'은 숫자로 읽을 수 없습니다."]]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F14", "집행액: '미정' cannot be read as a number."],
    ]);
  });
});
