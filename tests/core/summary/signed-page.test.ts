/**
 * The summary a 과장 signs (issue #17): the title block and 결재란, the footer and print titles, the signed
 * page's findings, total and breakdown budgets, and the layout (order, units, headings, "none" against "unread").
 */
import { a1 } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/finding";
import type { TableKind } from "../../../src/core/kinds";
import { buildSummary, type SummaryInput } from "../../../src/core/summary/build-summary";
import type { SheetSpec } from "../../../src/core/summary/sheet-spec";
import { departmentInTitle, summaryTitle, titleText, yearIn } from "../../../src/core/summary/title";
import { parseTable } from "../../../src/core/kinds/parse";
import type { Subject } from "../../../src/core/subject";
import { gridOf, SEED_AS_OF } from "../../helpers/grid";

const FACTS = { usefulLife: new Map<string, number>(), asOf: SEED_AS_OF, asOfSource: "workbook" as const };

function table(kind: TableKind, rows: CellValue[][], name: string, sheet = name): Subject {
  return parseTable(kind, gridOf(rows, { name, sheet }))!;
}

function summary(subjects: Subject[], more: Partial<SummaryInput> = {}): SheetSpec[] {
  return [
    ...buildSummary({ subjects, findings: [], facts: FACTS, dueWithinMonths: 12, lang: "ko", fileName: "t.xlsx", generatedAt: "2018-09-30 09:00", ...more })
      .sheets,
  ];
}

const texts = (sheet: SheetSpec) => sheet.cells.flatMap((c) => ("text" in c.content ? [c.content.text] : []));
const at = (sheet: SheetSpec, address: string) => {
  const cell = sheet.cells.find((c) => a1(c.row, c.col) === address);
  if (cell === undefined) return undefined;
  const { content } = cell;
  return "text" in content ? content.text : "number" in content ? content.number : "formula" in content ? content.result : content.date;
};
const rowOf = (sheet: SheetSpec, text: string) => sheet.cells.find((c) => "text" in c.content && c.content.text === text)?.row ?? -1;

const BUDGET = [["사업명", "예산액", "집행액"], ["정보화", 300, 150], ["계", 300, 150]];

describe("the title block", () => {
  it("reads the department from a Department/부서 name before the title and the setting", () => {
    const department = table("department", [["정보통신과"]], "부서");
    const [sheet] = summary([department, table("budget", BUDGET, "Budget")], { title: "2018년 홍보전산과 업무보고", department: "총무과" });
    expect(at(sheet, "A1")).toBe("2018년 정보통신과 예산·자산 현황");
    expect(at(sheet, "A2")).toMatch(/^부서 정보통신과   ·   회계연도 2018 \(기준일의 연도\)/);
  });

  it("takes the department the workbook's title names, else the setting, else none", () => {
    expect(summaryTitle([], FACTS, "2018년 홍보전산과 업무보고", "총무과").department).toEqual({ name: "홍보전산과", source: "title" });
    expect(summaryTitle([], FACTS, "2018년 예산 현황", "총무과").department).toEqual({ name: "총무과", source: "setting" });
    expect(summaryTitle([], FACTS, undefined, " ").department).toBeNull();
    const [sheet] = summary([table("budget", BUDGET, "Budget")], { department: "총무과" });
    expect(at(sheet, "A1")).toBe("2018년 총무과 예산·자산 현황");
    expect(at(sheet, "A2")).toMatch(/^부서 총무과 \(설정\)/);
    expect(at(summary([table("budget", BUDGET, "Budget")])[0], "A1")).toBe("2018년 예산·자산 현황");
  });

  it("reads the fiscal year from a FiscalYear/회계연도 name, else the as-of date's year", () => {
    const year = table("fiscalYear", [["2019회계연도"]], "FiscalYear");
    expect(summaryTitle([year], FACTS, undefined, undefined).fiscalYear).toEqual({ year: 2019, source: "name" });
    expect(summaryTitle([], FACTS, undefined, undefined).fiscalYear).toEqual({ year: 2018, source: "asOf" });
    const [sheet] = summary([year]);
    expect(at(sheet, "A2")).toBe("회계연도 2019   ·   기준일 2018-09-30 (통합 문서의 기준일)");
  });

  it("finds a title and the office unit it names, and years as people write them", () => {
    expect(titleText([[null, "(단위: 천원)"], [null, "2018년 홍보전산과 업무보고"]])).toBe("2018년 홍보전산과 업무보고");
    expect(titleText([[null, 2018]])).toBeUndefined();
    expect(departmentInTitle("정보통신팀 장비 현황")).toBe("정보통신팀");
    expect(departmentInTitle("2018년 예산 현황")).toBeNull();
    expect([yearIn(2018), yearIn("2018년"), yearIn("FY 2020"), yearIn("12345"), yearIn("내년")]).toEqual([2018, 2018, 2020, null, null]);
  });

  it("puts the 결재란 at the top right, under the title: a box per role, empty and tall enough to sign in", () => {
    const [sheet] = summary([table("budget", BUDGET, "Budget")]);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(["G2", "H2", "I2"].map((x) => at(sheet, x))).toEqual(["담당", "팀장", "과장"]);
    expect(sheet.merges).toEqual(expect.arrayContaining([{ top: 2, left: 6, bottom: 3, right: 6 }, { top: 2, left: 8, bottom: 3, right: 8 }]));
    expect(sheet.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 5 });
    expect(sheet.styles[sheet.cells.find((c) => a1(c.row, c.col) === "H3")!.style!]).toMatchObject({ border: { top: true, bottom: true, left: true, right: true } });
    expect(sheet.rowHeights[2] + sheet.rowHeights[3]).toBeGreaterThanOrEqual(45);
  });

  it("takes the roles chosen, or none, and the English ones in English", () => {
    const budget = table("budget", BUDGET, "Budget");
    const [custom] = summary([budget], { approvals: ["담당", "과장"] });
    expect(["H2", "I2"].map((x) => at(custom, x))).toEqual(["담당", "과장"]);
    const [none] = summary([budget], { approvals: [] });
    expect(none.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 8 });
    expect(texts(none)).not.toContain("담당");
    const [english] = summary([budget], { lang: "en", department: "IT Division" });
    expect(["G2", "H2", "I2"].map((x) => at(english, x))).toEqual(["Prepared", "Reviewed", "Approved"]);
    expect(at(english, "A1")).toBe("IT Division: budget and assets, fiscal year 2018");
    expect(at(english, "A2")).toBe("Department: IT Division (as set)   ·   Fiscal year: 2018 (the as-of date's year)   ·   As of 2018-09-30 (the workbook's as-of date)");
    expect(at(english, "A3")).toBe("File: t.xlsx   ·   Generated 2018-09-30 09:00");
  });

  it("numbers the pages and dates the print in the footer; the title is printed on every page, the 결재란 on the first", () => {
    const info: Finding = { severity: "info", rule: "x", name: "Budget", sheet: "예산", cell: "B2", messageId: "x", data: {}, message: "m" };
    const sheets = summary([table("budget", BUDGET, "Budget")], { findings: [info] });
    expect(sheets[0].print.footer).toEqual({ center: "- &P / &N -", right: "인쇄 &D" });
    expect(sheets[0].print.titleRows).toEqual({ first: 0, last: 0 });
    expect(sheets[0].freeze.rows).toBe(4);
    // The findings sheet has no 결재란: its title block and its list's column headings are printed on every page.
    expect(sheets[1].print.titleRows).toEqual({ first: 0, last: 4 });
    expect(texts(sheets[1])).not.toContain("담당");
    const [english] = summary([], { lang: "en" });
    expect(english.print.footer).toEqual({ center: "- &P / &N -", right: "Printed &D" });
  });
});

describe("the signed page", () => {
  const finding = (severity: Finding["severity"], cell: string): Finding => ({
    severity, rule: "budget/total-mismatch", name: "Budget", sheet: "예산", cell, messageId: "x", data: {}, message: `${severity} at ${cell}`,
  });

  it("lists open errors and warnings in plain language; infos and rule ids go to the findings sheet", () => {
    const findings = [finding("error", "B4"), finding("warning", "C5"), finding("info", "D6")];
    const [sheet, list] = summary([table("budget", BUDGET, "Budget")], { findings });
    expect(texts(sheet)).toEqual(expect.arrayContaining(["예산!B4", "error at B4", "warning at C5", "오류", "경고"]));
    expect(texts(sheet).filter((t) => t.includes("info at") || t.includes("budget/"))).toEqual([]);
    expect(list.name).toBe("검증 결과");
    expect(texts(list)).toEqual(expect.arrayContaining(["info at D6", "budget/total-mismatch", "규칙"]));
  });

  it("says there is nothing open, and writes no findings sheet, when nothing was found", () => {
    const sheets = summary([table("budget", BUDGET, "Budget")]);
    expect(sheets).toHaveLength(1);
    expect(texts(sheets[0])).toContain("열린 오류와 경고가 없습니다.");
  });

  it("says which budget table is the total and which the breakdown, and prints their difference as its own line", () => {
    const total = table("budget", [["사업명", "예산액", "집행액"], ["정보화", 500, 200], ["기본경비", 100, 50], ["계", 600, 250]], "Budget", "예산");
    const part = table("budget", [["사업명", "예산액", "집행액"], ["정보화", 500, 200], ["계", 500, 200]], "Budget_사업별", "사업별 예산");
    const [sheet] = summary([total, part]);
    expect(texts(sheet)).toEqual(expect.arrayContaining(["예산 · 총괄", "사업별 예산 · 세부 내역", "총괄과 세부 내역의 차이"]));
    const difference = rowOf(sheet, "차이");
    expect([at(sheet, a1(difference, 1)), at(sheet, a1(difference, 2))]).toEqual([100, 50]);
    const formula = sheet.cells.find((c) => c.row === difference && c.col === 1)!.content;
    expect(formula).toEqual({ formula: `${a1(difference - 2, 1)}-${a1(difference - 1, 1)}`, result: 100 });
    expect(texts(sheet).some((t) => t.includes("(Budget"))).toBe(false);
    // In English the first column reads "Item", not the lots' "State".
    const [english] = summary([total, part], { lang: "en" });
    expect(texts(english)).toEqual(expect.arrayContaining(["The total against its breakdown", "Item", "Difference"]));
    expect(texts(english)).not.toContain("State");
  });

  it("labels a single budget by its sheet alone, and its rate once: 집행률 over 0.0% cells", () => {
    const [sheet] = summary([table("budget", BUDGET, "Budget", "예산")]);
    expect(texts(sheet)).toContain("예산");
    expect(texts(sheet)).toContain("집행률");
    expect(texts(sheet).some((t) => t.includes("(%)") || t.includes("총괄"))).toBe(false);
    const rate = sheet.cells.find((c) => c.row === rowOf(sheet, "정보화") && c.col === 4)!;
    expect(sheet.styles[rate.style!].numberFormat).toBe("0.0%");
  });
});

describe("the layout", () => {
  const REGISTER = [
    ["관리번호", "분류", "품명", "수량", "단위", "취득일", "내용연수", "단가"],
    ["A-1", "모니터", "모니터", 10, "대", "2010-01-01", 5, 200],
    ["A-2", "서버", "서버", 1, "대", "2010-01-01", 5, 9000],
    ["A-3", "보안장비", "방화벽", 2, "식", "2010-01-01", 5, 3000],
  ];

  it("orders categories by estimated cost, largest first, and totals quantities per unit", () => {
    const [sheet] = summary([table("inventory", REGISTER, "Inventory", "장비")]);
    const byCategory = rowOf(sheet, "분류별");
    expect([2, 3, 4].map((i) => at(sheet, a1(byCategory + i, 0)))).toEqual(["서버", "보안장비", "모니터"]);
    // A cell of one unit is a number formatted with it (it still adds up in Excel); only the mixed total is text.
    const quantity = (row: number, col = 1) => sheet.cells.find((c) => c.row === row && c.col === col)!;
    expect([2, 3, 4].map((i) => at(sheet, a1(byCategory + i, 1)))).toEqual([1, 2, 10]);
    expect([2, 3, 4].map((i) => sheet.styles[quantity(byCategory + i).style!].numberFormat)).toEqual([
      '#,##0"대";"△"#,##0"대";"-"',
      '#,##0"식";"△"#,##0"식";"-"',
      '#,##0"대";"△"#,##0"대";"-"',
    ]);
    expect(at(sheet, a1(byCategory + 5, 1))).toBe("11대 · 2식");
    expect(sheet.styles[quantity(byCategory + 5).style!].horizontal).toBe("right");
    expect(texts(sheet).some((t) => t === "13" || t === "13대")).toBe(false);
    expect(sheet.cells.some((c) => "number" in c.content && c.content.number === 13)).toBe(false);
    // The lot list names each lot's unit, and its 계 states each unit's total.
    const lots = rowOf(sheet, "경과·예정 목록") + 1;
    expect(at(sheet, a1(lots, 3))).toBe("수량");
    const firewall = rowOf(sheet, "방화벽");
    expect(sheet.styles[quantity(firewall, 3).style!].numberFormat).toBe('#,##0"식";"△"#,##0"식";"-"');
    expect(at(sheet, a1(lots + 4, 3))).toBe("11대 · 2식");
  });

  it("sums one unit's quantities in a column headed with it", () => {
    const [sheet] = summary([table("inventory", REGISTER.slice(0, 3), "Inventory", "장비")]);
    const header = rowOf(sheet, "수량 (대)");
    expect(header).toBeGreaterThan(0);
    expect(sheet.cells.find((c) => c.row === header + 3 && c.col === 1)!.content).toEqual({ formula: `SUM(${a1(header + 1, 1)}:${a1(header + 2, 1)})`, result: 11 });
  });

  it("says 해당 없음 only when the data says so, and 읽지 못함 when a table could not be read", () => {
    const nothingDue = table("inventory", [REGISTER[0], ["A-1", "모니터", "모니터", 10, "대", "2018-01-01", 5, 200]], "Inventory", "장비");
    expect(texts(summary([nothingDue])[0])).toContain("해당 없음");
    const unreadable: Subject = { kind: "unrecognized", name: "Inventory", grid: gridOf([["?"]], { name: "Inventory", sheet: "장비" }), intended: "inventory", missing: [] };
    const error: Finding = { severity: "error", rule: "table/unrecognized", name: "Inventory", sheet: "장비", cell: "A1", messageId: "x", data: {}, message: "m" };
    const [sheet] = summary([unreadable], { findings: [error] });
    const section = rowOf(sheet, "3. 장비 교체 계획");
    expect(at(sheet, a1(section + 1, 0))).toBe("읽지 못함 (오류 1건)");
    expect(texts(sheet)).not.toContain("해당 없음");
    expect(texts(summary([])[0]).filter((t) => t === "해당 없음")).toEqual([]);
  });

  it("makes a row as tall as its wrapped text needs, and no taller", () => {
    const register = [REGISTER[0], ["HJ-SV-2006-01", "정보보안장비", "공통기반시스템 서버", 1, "대", "2006-11-20", 7, 190000]];
    const [sheet] = summary([table("inventory", register, "Inventory", "장비")]);
    // A 13-character id and a six-syllable category fit their columns on one line: the row is one line tall.
    expect(sheet.rowHeights[rowOf(sheet, "공통기반시스템 서버")]).toBe(16.5);
    // An id is never wrapped: its column is widened to hold it whole.
    const id = sheet.cells.find((c) => "text" in c.content && c.content.text === "HJ-SV-2006-01")!;
    expect(sheet.styles[id.style!].wrap).toBeUndefined();
    expect(sheet.columnWidths[id.col]).toBeGreaterThanOrEqual("HJ-SV-2006-01".length + 2);
    const long = "가".repeat(60);
    const [wrapped] = summary([table("budget", [["사업명", "예산액", "집행액"], [long, 300, 150], ["계", 300, 150]], "Budget")]);
    expect(wrapped.rowHeights[rowOf(wrapped, long)]).toBe(75);
  });

  it("centres labels and numbers vertically in every bordered cell", () => {
    const [sheet] = summary([table("budget", BUDGET, "Budget")]);
    const bordered = Object.entries(sheet.styles).filter(([key, style]) => style.border && key !== "approvalBox");
    expect(bordered.filter(([, style]) => style.vertical !== "center").map(([key]) => key)).toEqual([]);
  });

  it("widens a column for figures in 원 and a header word, so neither prints as ### nor splits", () => {
    const won = table("budget", [["사업명", "예산액(원)", "집행액(원)"], ["정보화", 4_165_473_000, 3_205_952_000], ["계", 4_165_473_000, 3_205_952_000]], "Budget");
    const [sheet] = summary([won], { lang: "en" });
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual("4,165,473,000".length + 2);
    expect(sheet.columnWidths[4]).toBe(9);
    const [staff] = summary([table("staff", [["직종", "직급", "정원", "현원", "과부족"], ["일반직", "6급", 4, 7, 3]], "Staff")], { lang: "en" });
    expect(staff.columnWidths[4]).toBeGreaterThanOrEqual("Difference".length + 2);
  });

  it("fits A4 portrait: columns of about 120 characters in all", () => {
    const [sheet] = summary([]);
    const width = sheet.columnWidths.reduce((a, w) => a + w, 0);
    expect(width).toBeLessThanOrEqual(120);
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(13);
  });
});
