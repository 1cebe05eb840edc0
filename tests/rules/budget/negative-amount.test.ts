import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "budget/negative-amount";
const { projects } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: projects, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // Signs flipped with the rates and sources to match, so no other rule has anything to say.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, projects, "F9", { value: -23_000 });
      patchCell(f, projects, "I9", { value: -69.7 });
      patchCell(f, projects, "C13", { value: -250_000 });
      patchCell(f, projects, "D13", { value: -250_000 });
      patchCell(f, projects, "F13", { value: -250_000, numFmt: "#,##0" });
      patchCell(f, projects, "I13", { value: 100, numFmt: "0.0" });
    });
  });

  it("reports every negative budget and executed amount", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("F9"), at("C13"), at("F13")]);
  });

  it("shows the negative number as these users write it", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["F9", "집행액 △23,000천원은 음수입니다."],
      ["C13", "예산액 △250,000천원은 음수입니다."],
      ["F13", "집행액 △250,000천원은 음수입니다."],
    ]);
  });

  it("says it in English when asked, with a minus sign", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F9", "집행액 -23,000 thousand KRW is negative."],
      ["C13", "예산액 -250,000 thousand KRW is negative."],
      ["F13", "집행액 -250,000 thousand KRW is negative."],
    ]);
  });
});
