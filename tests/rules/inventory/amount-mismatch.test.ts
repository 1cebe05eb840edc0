import type { CellValue } from "../../../src/core/grid";
import { gridOf, validateGrids } from "../../helpers/grid";

const RULE = "inventory/amount-mismatch";
const header = ["물품관리번호", "물품분류", "품명", "수량", "단위", "취득일자", "취득단가", "취득금액", "내용연수"];

function check(lots: CellValue[][], overrides: { tolerance?: number; lang?: "ko" | "en" } = {}) {
  const grid = gridOf([header, ...lots], { name: "장비", sheet: "물품대장", top: 2 });
  return validateGrids([{ kind: "inventory", grid }], overrides).findings.filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it("reports, at the amount cell, a 취득금액 that is not 취득단가 × 수량, with the three numbers and the difference", () => {
    const findings = check([
      ["2018-0001", "데스크톱컴퓨터", "데스크톱", 10, "대", "2018-03-02", 1_250_000, 12_500_000, 5],
      ["2018-0002", "모니터", "모니터", 12, "대", "2018-03-02", 230_000, 2_300_000, 5],
      ["2018-0003", "프린터", "프린터", 2, "대", "2018-03-02", 455_000, 955_000, 5],
    ]);
    expect(findings.map((f) => [f.cell, f.severity, f.message])).toEqual([
      ["H5", "error", "2018-0002: 취득금액 2,300,000 ≠ 취득단가 230,000 × 수량 12 = 2,760,000 (차이 460,000)"],
      ["H6", "error", "2018-0003: 취득금액 955,000 ≠ 취득단가 455,000 × 수량 2 = 910,000 (차이 45,000, 자릿수 바뀜 가능)"],
    ]);
  });

  it("says it in English when asked", () => {
    const [finding] = check([["A-1", "서버", "서버", 2, "대", "2018-03-02", 100, 150, 6]], { lang: "en" });
    expect(finding.message).toBe("A-1: amount 150 ≠ unit cost 100 × quantity 2 = 200 (difference 50)");
  });

  it("allows the tolerance, reads amounts written as text, and checks only rows that state all three", () => {
    expect(
      check([
        ["A-1", "광케이블", "광케이블", 149.5, "㎞", "2018-03-02", 3.3, 493.4, 20], // 493.35, within half a unit
        ["A-2", "서버", "서버", 2, "대", "2018-03-02", "1,250", "2,500", 6],
        ["A-3", "서버", "서버", 2, "대", "2018-03-02", null, 2500, 6], // no unit cost: nothing to compare
        ["A-4", "서버", "서버", null, "대", "2018-03-02", 1250, 2500, 6], // no quantity (bad-quantity says so)
        ["A-5", "서버", "서버", 2, "대", "2018-03-02", 1250, null, 6], // no amount stated
      ]),
    ).toEqual([]);
    expect(check([["A-1", "광케이블", "광케이블", 149.5, "㎞", "2018-03-02", 3.3, 493.4, 20]], { tolerance: 0.01 })).toHaveLength(1);
  });

  it("needs a register with an amount column beside unit cost and quantity", () => {
    const grid = gridOf([["관리번호", "분류", "수량", "취득일", "단가", "내용연수"], ["A-1", "서버", 2, "2018-03-02", 100, 6]]);
    expect(validateGrids([{ kind: "inventory", grid }]).findings.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
