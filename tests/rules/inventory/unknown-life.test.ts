import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "inventory/unknown-life";
const { inventory } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: inventory, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      patchCell(f, inventory, "G18", { value: 0 }); // a life of its own, but zero
      patchCell(f, inventory, "B19", { value: "스토리지 장비" }); // no row of its own, and not in 내용연수
      // The leased car is out of replacement planning, so it needs no life: no finding.
      patchCell(f, inventory, "B43", { value: "리스차량" });
    });
  });

  it("reports, at the life cell, a lot whose life is neither in its row nor in UsefulLife, or is not positive", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("G18"), at("G19")]);
  });

  it("names the lot and the category looked up", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["G18", "HJ-ST-2013-01: 내용연수 0년은 쓸 수 없습니다 (0보다 커야 합니다)."],
      ["G19", "HJ-ST-2016-01: 분류 '스토리지 장비'의 내용연수가 행에도 내용연수(UsefulLife) 표에도 없습니다."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["G18", "HJ-ST-2013-01: a useful life of 0 years cannot be used (must be above zero)."],
      ["G19", "HJ-ST-2016-01: no useful life for category '스토리지 장비' in the row or the UsefulLife table."],
    ]);
  });
});
