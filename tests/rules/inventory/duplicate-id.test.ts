import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "inventory/duplicate-id";
const { inventory } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: inventory, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // HJ-PC-2014-01 (row 29) copied down twice, once in another case with a trailing space.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, inventory, "A30", { value: "HJ-PC-2014-01" });
      patchCell(f, inventory, "A31", { value: "hj-pc-2014-01 " });
    });
  });

  it("reports the second and later rows of an id, not the first", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("A30"), at("A31")]);
  });

  it("names the id and where it first appears", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["A30", "관리번호 HJ-PC-2014-01이 중복됩니다 (처음 나온 곳 A29)."],
      ["A31", "관리번호 hj-pc-2014-01이 중복됩니다 (처음 나온 곳 A29)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["A30", "Asset ID HJ-PC-2014-01 appears again (first at A29)."],
      ["A31", "Asset ID hj-pc-2014-01 appears again (first at A29)."],
    ]);
  });
});
