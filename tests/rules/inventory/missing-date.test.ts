import { patchCell, setCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "inventory/missing-date";
const { inventory } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "error", sheet: inventory, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      setCell(f, inventory, "F30", { border: true });
      // Only a no-break and a zero-width space: blank once normalised, not an unreadable date.
      patchCell(f, inventory, "F31", { value: "\u00a0\u200b" });
    });
  });

  it("reports a lot with no acquisition date at its date cell", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("F30"), at("F31")]);
  });

  it("names the lot", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["F30", "HJ-PC-2018-01: 취득일이 없습니다."],
      ["F31", "HJ-PC-2018-02: 취득일이 없습니다."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["F30", "HJ-PC-2018-01: no acquisition date."],
      ["F31", "HJ-PC-2018-02: no acquisition date."],
    ]);
  });
});
