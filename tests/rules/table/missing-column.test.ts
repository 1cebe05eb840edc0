import type { CellValue } from "../../../src/core/grid";
import { gridOf, validateGrids } from "../../helpers/grid";

const RULE = "table/missing-column";

function check(rows: CellValue[][], lang: "ko" | "en" = "ko") {
  const grid = gridOf(rows, { name: "장비", sheet: "물품대장", top: 1 });
  return validateGrids([{ kind: "inventory", grid }], { lang }).findings.map((f) => [f.rule, f.cell, f.message]);
}

describe(RULE, () => {
  it("checks a register with its own 내용연수 per row and no category column, and says once what it could not check", () => {
    // A title row above the header, as the forms print it; no 물품관리번호 column, so no duplicate check.
    expect(
      check([
        ["2018년 물품 운용대장", null, null, null, null],
        ["품명", "규격", "수량", "취득일자", "내용연수"],
        ["데스크톱", "i5/8GB", 10, "2013-09-30", 5],
        ["데스크톱", "i5/8GB", 10, "2013-09-30", 5],
        ["노트북", "15인치", 2, "2019-01-01", 5],
      ]),
    ).toEqual([
      [
        RULE,
        "A3",
        "장비 표에 '물품관리번호' 열이 없어 관리번호 중복 검사를 하지 못했습니다. 받는 머리글: 물품관리번호, 관리번호, 자산번호, ID, Asset ID.",
      ],
      ["inventory/overdue", "D4", "데스크톱 i5/8GB: 교체 예정일 2018-09-30이 경과했습니다 (취득 2013-09-30 + 내용연수 5년)."],
      ["inventory/overdue", "D5", "데스크톱 i5/8GB: 교체 예정일 2018-09-30이 경과했습니다 (취득 2013-09-30 + 내용연수 5년)."],
      ["inventory/future-date", "D6", "노트북 15인치: 취득일 2019-01-01이 기준일 2018-09-30 이후입니다."],
    ]);
  });

  it("names each missing column once, at the header's first cell, and skips the checks that need it", () => {
    const findings = check([
      ["관리번호", "품명", "취득일"],
      ["A-1", "서버", "2010-01-01"],
      ["A-1", "서버", "2010-01-01"],
    ]);
    expect(findings.map(([rule, cell, message]) => [rule, cell, message.split("받는")[0]])).toEqual([
      [RULE, "A2", "장비 표에 '수량' 열이 없어 수량 검사를 하지 못했습니다. "],
      [RULE, "A2", "장비 표에 '내용연수' 열이 없어 교체 예정일 검사를 하지 못했습니다. "],
      ["inventory/duplicate-id", "A4", "관리번호 A-1이 중복됩니다 (처음 나온 곳 A3)."],
    ]);
    // A category column would serve too, through the UsefulLife table.
    expect(findings[1][2]).toContain("받는 머리글: 내용연수, Life, Useful life, 물품분류(번호), 물품분류명, 분류, 품목, Category");
  });

  it("says it in English when asked", () => {
    const [[, , message]] = check([["품명", "수량", "취득일", "내용연수"], ["서버", 1, "2010-01-01", 6]], "en");
    expect(message).toBe(
      "The inventory table has no '물품관리번호' column, so duplicate asset IDs could not be checked. " +
        "Headers accepted: 물품관리번호, 관리번호, 자산번호, ID, Asset ID.",
    );
  });

  it("leaves a register with every column alone", () => {
    expect(check([["관리번호", "분류", "수량", "취득일", "내용연수"], ["A-1", "서버", 1, "2018-01-01", 6]])).toEqual([]);
  });
});
