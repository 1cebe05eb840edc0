import { setName } from "../../../scripts/sample/workbook-fixture";
import { checkXlsx, expectAdded, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "table/unrecognized";
const { budget } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // Budget selected without its header row: nothing in it says which column is which.
    xlsx = await plantedXlsx((f) => setName(f, "Budget", "예산!$A$4:$D$9"));
  });

  it("reports, at the range's first cell, a Budget range without budget headers instead of passing it unchecked", async () => {
    const findings = await checkXlsx(xlsx);
    await expectAdded(findings, [{ rule: RULE, severity: "error", sheet: budget, cell: "A4" }]);
    expect(findings.find((f) => f.rule === RULE)).toMatchObject({
      name: "Budget",
      message:
        "이름 Budget의 범위에서 예산 표의 머리글을 찾지 못해 검증하지 못했습니다. " +
        "필요한 머리글: 단위사업명/사업명/구분 (Program/Item), 예산액/집행액 (Budget/Executed).",
    });
  });

  it("says it in English when asked", async () => {
    const findings = await checkXlsx(xlsx, { lang: "en" });
    expect(findings.find((f) => f.rule === RULE)?.message).toBe(
      "No budget table header found in the range of Budget, so it was not checked. " +
        "Needed: 단위사업명/사업명/구분 (Program/Item), 예산액/집행액 (Budget/Executed).",
    );
  });
});
