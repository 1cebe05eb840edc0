import { patchCell, setCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "inventory/bad-quantity";
const { inventory } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: inventory, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      patchCell(f, inventory, "D30", { value: 0 });
      patchCell(f, inventory, "D31", { value: 2.5 }); // 대: devices come whole
      setCell(f, inventory, "D34", { border: true });
      // A measured unit may take a fraction (149.5 ㎞ of fibre): no finding.
      patchCell(f, inventory, "D26", { value: 149.5 });
      patchCell(f, inventory, "E26", { value: "㎞" });
    });
  });

  it("reports a zero, fractional or missing quantity at the quantity cell", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("D30"), at("D31"), at("D34")]);
  });

  it("names the lot and the quantity found", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["D30", "HJ-PC-2018-01: 수량 0은 0보다 커야 합니다."],
      ["D31", "HJ-PC-2018-02: 수량 2.5가 정수가 아닙니다 (단위 대)."],
      ["D34", "HJ-MN-2018-01: 수량이 없습니다."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["D30", "HJ-PC-2018-01: quantity 0 must be above zero."],
      ["D31", "HJ-PC-2018-02: quantity 2.5 is not a whole number (unit 대)."],
      ["D34", "HJ-MN-2018-01: no quantity."],
    ]);
  });
});
