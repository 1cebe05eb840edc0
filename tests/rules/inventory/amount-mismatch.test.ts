import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/app/check-workbook";
import type { CellValue } from "../../../src/core/grid";
import { defaultOptions } from "../../../src/core/options";
import { openXlsxBuffer } from "../../../src/workbook/xlsx";
import { gridOf, validateGrids } from "../../helpers/grid";
import { SEED_TODAY } from "../../helpers/sample";

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
      ["H5", "error", "2018-0002: 취득금액 2,300,000 ≠ 취득단가 230,000 × 수량 12 = 2,760,000 (차이 460,000천원)."],
      ["H6", "error", "2018-0003: 취득금액 955,000 ≠ 취득단가 455,000 × 수량 2 = 910,000 (차이 45,000천원: 숫자 자리 바뀜 의심)."],
    ]);
  });

  it("says it in English when asked", () => {
    const [finding] = check([["A-1", "서버", "서버", 2, "대", "2018-03-02", 100, 150, 6]], { lang: "en" });
    expect(finding.message).toBe("A-1: amount 150 ≠ unit cost 100 × quantity 2 = 200 (difference 50 thousand KRW).");
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

  it("checks a register saved by Excel, where 취득금액 is a formula and one row was typed over by hand", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("물품운용대장");
    sheet.addRow(["2018년 물품 운용대장 (정보통신과)"]);
    sheet.addRow(["물품분류", "물품관리번호", "품명", "수량", "단위", "취득일자", "취득단가", "취득금액", "내용연수", "운용상태"]);
    const lots: [string, string, string, number, Date, number][] = [
      ["데스크톱컴퓨터", "2018-0001", "데스크톱", 10, new Date(Date.UTC(2018, 2, 2)), 1_250_000],
      ["모니터", "2018-0002", "모니터", 12, new Date(Date.UTC(2018, 2, 2)), 230_000],
    ];
    lots.forEach(([category, id, name, quantity, acquired, unitCost], i) => {
      const row = 3 + i;
      sheet.addRow([category, id, name, quantity, "대", acquired, unitCost, { formula: `D${row}*G${row}`, result: quantity * unitCost }, 5, "운용"]);
      sheet.getCell(`F${row}`).numFmt = "yyyy-mm-dd";
    });
    sheet.getCell("H4").value = 2_300_000; // typed over the formula
    workbook.definedNames.add("'물품운용대장'!$A$1:$J$4", "장비");
    const source = await openXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "register.xlsx");
    const check = await checkWorkbook(source, defaultOptions(SEED_TODAY));
    if (check.kind !== "checked") throw new Error("the name 장비 was not read");
    expect(check.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell, f.message])).toEqual([
      [RULE, "물품운용대장", "H4", "2018-0002: 취득금액 2,300,000 ≠ 취득단가 230,000 × 수량 12 = 2,760,000 (차이 460,000천원)."],
    ]);
  });
});
