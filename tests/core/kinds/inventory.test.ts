import type { CellValue } from "../../../src/core/grid";
import { gridOf, validateGrids } from "../../helpers/grid";

const header = ["관리번호", "분류", "품명", "수량", "단위", "취득일", "내용연수(년)", "단가(천원)", "상태"];
const lives = (): CellValue[][] => [
  ["분류", "내용연수(년)"],
  ["컴퓨터 본체", 5],
  ["서버", 6],
];

function check(lots: CellValue[][], dueWithinMonths = 12) {
  return validateGrids(
    [
      { kind: "inventory", grid: gridOf([header, ...lots], { name: "Inventory", sheet: "장비" }) },
      { kind: "usefulLife", grid: gridOf(lives(), { name: "UsefulLife", sheet: "내용연수" }) },
    ],
    { dueWithinMonths },
  ).findings.map((f) => [f.rule, f.cell, f.message]);
}

describe("inventory", () => {
  it("plans from acquired + life: overdue on or before the as-of date, due soon within the window", () => {
    const findings = check([
      ["PC-1", "컴퓨터 본체", "PC", 10, "대", "2013. 9. 30.", null, 1000, null], // due 2018-09-30: overdue
      ["PC-2", "컴퓨터 본체", "PC", 10, "대", "2013-10-01", null, 1000, null], // due 2018-10-01: due soon
      ["PC-3", "컴퓨터본체", "PC", 10, "대", "2014.10", null, 1000, null], // due 2019-10-01: later
      ["SV-1", "서버", "서버", 1, "대", "2006", null, 190000, null], // due 2012-01-01
      ["SV-2", "서버", "서버", 1, "대", "2006", null, 190000, "임대"], // leased: not ours
      ["SV-3", "서버", "서버", 1, "대", "2006", null, 190000, "폐기"], // disposed
      ["NW-1", "네트워크장비", "L3", 9, "대", "2012-05-30", 6, 5000, null], // own life: due 2018-05-30
    ]);
    expect(findings).toEqual([
      ["inventory/overdue", "F2", "PC-1: 교체 예정일 2018-09-30이 경과했습니다 (취득 2013-09-30 + 내용연수 5년)."],
      ["inventory/due-soon", "F3", "PC-2: 12개월 이내 교체 예정입니다 (교체 예정일 2018-10-01)."],
      ["inventory/overdue", "F5", "SV-1: 교체 예정일 2012-01-01이 경과했습니다 (취득 2006-01-01 + 내용연수 6년)."],
      ["inventory/overdue", "F8", "NW-1: 교체 예정일 2018-05-30이 경과했습니다 (취득 2012-05-30 + 내용연수 6년)."],
    ]);
  });

  it("reports duplicates at the later rows, missing and future dates, bad quantities and unknown lives", () => {
    const findings = check(
      [
        ["A-1", "서버", "x", 1, "대", "2018-01-01", null, 1, null],
        ["A-1", "서버", "x", 0, "대", null, null, 1, null],
        ["a-1", "서버", "x", 1.5, "대", "2019-01-01", null, 1, null],
        ["A-4", "전화기", "x", 1, "대", "2018-01-01", null, 1, null],
        ["A-5", "광케이블", "x", 149.5, "㎞", "2018-01-01", 20, 1, null],
        ["A-6", "서버", "x", null, "대", "2018-01-01", 0, 1, null],
      ],
      0,
    );
    expect(findings.map(([rule, cell]) => `${rule} ${cell}`)).toEqual([
      "inventory/duplicate-id A3",
      "inventory/bad-quantity D3",
      "inventory/missing-date F3",
      "inventory/duplicate-id A4",
      "inventory/bad-quantity D4",
      "inventory/future-date F4",
      "inventory/unknown-life G5",
      "inventory/bad-quantity D7",
      "inventory/unknown-life G7",
    ]);
  });

  it("reports unreadable cells through the cell rules, once each", () => {
    const findings = check([
      ["B-1", "서버", "x", "열 대", "대", "어제", null, { error: "#DIV/0!" }, null],
    ]);
    expect(findings.map(([rule, cell]) => `${rule} ${cell}`)).toEqual([
      "cell/not-a-number D2",
      "cell/bad-date F2",
      "cell/error-value H2",
    ]);
  });
});
