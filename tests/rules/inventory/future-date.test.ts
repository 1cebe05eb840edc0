import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "inventory/future-date";
const { inventory } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // 2018. 7. 16. typed as October, after the workbook's as-of date (2018-09-30).
    xlsx = await plantedXlsx((f) => patchCell(f, inventory, "F31", { value: "2018. 10. 16." }));
  });

  it("reports a lot acquired after the as-of date at its date cell", async () => {
    await expectAdded(await checkXlsx(xlsx), [{ rule: RULE, severity: "error", sheet: inventory, cell: "F31" }]);
  });

  it("says both dates", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["F31", "HJ-PC-2018-02: 취득일 2018-10-16이 기준일 2018-09-30 이후입니다."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F31", "HJ-PC-2018-02: acquired 2018-10-16, after the as-of date 2018-09-30."],
    ]);
  });

  it("measures from the as-of date asked for, and a lot acquired on that very day is not in the future", async () => {
    const onTheDay = await checkXlsx(xlsx, { asOf: { year: 2018, month: 10, day: 16 } });
    expect(messagesOf(onTheDay, RULE)).toEqual([]);
    const dayBefore = await checkXlsx(xlsx, { asOf: { year: 2018, month: 10, day: 15 } });
    expect(messagesOf(dayBefore, RULE).map(([cell]) => cell)).toEqual(["F31"]);
  });
});
