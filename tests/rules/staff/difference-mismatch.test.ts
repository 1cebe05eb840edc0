import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "staff/difference-mismatch";
const { staff } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: staff, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // Two wrong 과부족 that cancel out, so the row's 계 (B7) still adds up and only the differences are wrong.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, staff, "E7", { value: 2 }); // 일반직 6급: 7 − 4 is 3
      patchCell(f, staff, "G7", { value: 0 }); // 일반직 8급: 5 − 6 is △1
    });
  });

  it("reports each 과부족 that is not 현원 − 정원, at the 과부족 cell", async () => {
    // G7's △1 was one of the table's marked cells: the one info listing them now lists one fewer.
    const marked = { rule: "cell/number-as-text", severity: "info", sheet: staff, cell: "C5" } as const;
    await expectAdded(await checkXlsx(xlsx), [marked, at("E7"), at("G7")]);
  });

  it("says the stated difference and the one 현원 and 정원 make", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["E7", "과부족 2 ≠ 현원 7 − 정원 4 = 3."],
      ["G7", "과부족 0 ≠ 현원 5 − 정원 6 = △1."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["E7", "Difference 2 ≠ current 7 − authorized 4 = 3."],
      ["G7", "Difference 0 ≠ current 5 − authorized 6 = -1."],
    ]);
  });
});
