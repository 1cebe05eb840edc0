import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "cell/bad-date";
const { inventory } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // A thirteenth month, typed as text in place of the real date 2014-03-17.
    xlsx = await plantedXlsx((f) => patchCell(f, inventory, "F33", { value: "2014-13-17", numFmt: undefined }));
  });

  it("reports text that cannot be read as a date, and not as a missing date", async () => {
    await expectAdded(await checkXlsx(xlsx), [{ rule: RULE, severity: "error", sheet: inventory, cell: "F33" }]);
  });

  it("quotes the text and shows dates that would be read", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["F33", "취득일: '2014-13-17'은 날짜로 읽을 수 없습니다 (예: 2018-05-30, 2018. 5. 30., 2007.12)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F33", "취득일: '2014-13-17' cannot be read as a date (e.g. 2018-05-30, 2018. 5. 30., 2007.12)."],
    ]);
  });

  it("names Excel's phantom 1900-02-29, dates before 1900 and serials past Excel's range", async () => {
    const planted = await plantedXlsx((f) => {
      patchCell(f, inventory, "F33", { value: 60, numFmt: "yyyy-mm-dd" });
      patchCell(f, inventory, "F34", { value: "1899. 12. 31.", numFmt: undefined });
      patchCell(f, inventory, "F35", { value: 3000000, numFmt: "yyyy-mm-dd" });
    });
    expect(messagesOf(await checkXlsx(planted), RULE)).toEqual([
      ["F33", "취득일: 일련번호 60은 실제로 없는 날짜 1900-02-29입니다 (Excel 1900 날짜 체계의 오류)."],
      ["F34", "취득일: '1899. 12. 31.'은 1900년 이전 날짜라 Excel이 날짜로 다룰 수 없습니다."],
      ["F35", "취득일: 3000000은 Excel 날짜 범위(1900-01-01 ~ 9999-12-31) 밖의 일련번호입니다."],
    ]);
  });
});
