import { patchCell } from "../../../scripts/sample/workbook-fixture";
import {
  checkXlsx,
  cleanFindings,
  expectAdded,
  messagesOf,
  plantedXlsx,
  SAMPLE_SHEETS,
} from "../../helpers/sample";

const RULE = "cell/number-as-text";
const { budget, projects } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // 383,253 typed as text under the 계 row's SUM: Excel's SUM skips it, so the cached totals come out short.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, budget, "B6", { value: "383,253" });
      patchCell(f, budget, "B4", { result: 4_165_473 - 383_253 });
      patchCell(f, budget, "D4", { result: 84.8 }); // ROUND(C4/B4*100,1) over the short total
    });
  });

  it("warns at the text cell a SUM covers, and the short total is an error", async () => {
    await expectAdded(await checkXlsx(xlsx), [
      { rule: "budget/total-mismatch", severity: "error", sheet: budget, cell: "B4" },
      { rule: RULE, severity: "warning", sheet: budget, cell: "B6" },
    ]);
  });

  it("names the formula that leaves the text out, and the total its rows really make", async () => {
    const findings = await checkXlsx(xlsx);
    expect(messagesOf(findings, RULE).filter(([cell]) => cell === "B6")).toEqual([
      ["B6", "예산액: '383,253'이 텍스트로 저장되어 있어 B4의 수식이 이 값을 빼고 계산합니다."],
    ]);
    expect(messagesOf(findings, "budget/total-mismatch")).toEqual([
      ["B4", "예산액 합계 3,782,220 ≠ 항목 합 4,165,473 (차이 383,253천원)."],
    ]);
  });

  it("says it in English when asked", async () => {
    const findings = await checkXlsx(xlsx, { lang: "en" });
    expect(messagesOf(findings, RULE).filter(([cell]) => cell === "B6")).toEqual([
      ["B6", "예산액: '383,253' is stored as text, so the formula in B4 leaves it out."],
    ]);
  });

  it("only informs where no formula of the table covers the text (the sample's 사업별 예산 and 인력)", async () => {
    const sample = (await cleanFindings()).filter((f) => f.rule === RULE);
    expect(sample).toHaveLength(29);
    expect(sample.every((f) => f.severity === "info")).toBe(true);
    expect(messagesOf(sample.filter((f) => f.sheet === projects), RULE)).toEqual([
      ["C4", "예산액: '1,137,337'이 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["F4", "집행액: '730,604'가 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["C12", "예산액: '230,468'이 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["F13", "집행액: '-'가 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["I13", "집행율(%): '-'가 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
    ]);
  });
});
