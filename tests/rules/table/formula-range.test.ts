import { patchCell } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, messagesOf, plantedXlsx, SAMPLE_SHEETS, type Located } from "../../helpers/sample";

const RULE = "table/formula-range";
const { other } = SAMPLE_SHEETS;
const at = (cell: string): Located => ({ rule: RULE, severity: "warning", sheet: other, cell });

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      // Table_소식지: the SUM stops at August; September's 0 keeps the figures right, for now.
      patchCell(f, other, "J25", { value: 0 });
      patchCell(f, other, "K25", { formula: "SUM(B25:I25)", result: 800_000 });
      // 표_보급: the SUM reaches a row past the table's last one.
      patchCell(f, other, "B8", { formula: "SUM(B9:B13)" });
    });
  });

  it("warns at a total whose SUM does not cover exactly its detail cells, though the numbers agree", async () => {
    await expectAdded(await checkXlsx(xlsx), [at("B8"), at("K25")]);
  });

  it("names the formula and the cells it leaves out or adds", async () => {
    expect(messagesOf(await checkXlsx(xlsx), RULE)).toEqual([
      ["B8", "합계 수식 =SUM(B9:B13)의 범위가 항목과 다릅니다 (빠진 셀: -; 더 들어간 셀: B13)."],
      ["K25", "합계 수식 =SUM(B25:I25)의 범위가 항목과 다릅니다 (빠진 셀: J25; 더 들어간 셀: -)."],
    ]);
  });

  it("says it in English when asked", async () => {
    expect(messagesOf(await checkXlsx(xlsx, { lang: "en" }), RULE)).toEqual([
      ["B8", "The total's formula =SUM(B9:B13) does not cover its items (left out: -; extra: B13)."],
      ["K25", "The total's formula =SUM(B25:I25) does not cover its items (left out: J25; extra: -)."],
    ]);
  });
});
