import type { CellValue } from "../../../src/core/grid";
import budget from "../../../src/core/kinds/budget";
import inventory from "../../../src/core/kinds/inventory";
import { tablesOf } from "../../../src/core/subject";
import { a1 } from "../../../src/core/address";
import { buildSummary } from "../../../src/core/summary/build-summary";
import { budgetBlock, estimatedCost, replacementLots, staffBlock } from "../../../src/core/summary/figures";
import { LAST_COLUMN } from "../../../src/core/summary/sheet-builder";
import { formatIsoDate } from "../../../src/core/values/dates";
import { gridOf, validateGrids } from "../../helpers/grid";

/** Tables written with the words of the forms these offices fill (e-호조's budget, the 물품관리 register). */

describe("a budget in e-호조's words", () => {
  const rows = (): CellValue[][] => [
    ["정책사업", "단위사업", "세부사업명", "예산현액", "국비", "도비", "시비", "구비", "특교", "자체", "지출액", "집행잔액", "집행률(%)"],
    ["지역경제 활성화", "소상공인 지원", "전통시장 시설현대화", 1000, 400, 200, 100, 100, 100, 100, 800, 200, 80.0],
    [null, null, "골목상권 살리기", 500, 0, 100, 200, 0, 0, 200, 250, 250, 50.0],
    [null, "일자리 창출", "청년 일자리", 300, 150, 0, 150, 0, 0, 0, 300, 0, 100.0],
    ["합계", null, null, 1800, 550, 300, 450, 100, 100, 300, 1350, 450, 75.0],
  ];

  it("names each row by its finest program level and reads every column by its role", () => {
    const table = budget.parse("예산", gridOf(rows()));
    if (table?.kind !== "budget") throw new Error("not recognised");
    expect([table.itemCol, table.budgetCol, table.executedCol, table.rateCol]).toEqual([2, 3, 10, 12]);
    expect(table.sourceCols.map((s) => s.source)).toEqual(["national", "province", "city", "district", "specialGrant", "own"]);
    expect(table.amountCols).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(table.rows.map((r) => r.kind)).toEqual(["detail", "detail", "detail", "total"]);
    expect(budgetBlock(table).lines.map((l) => [l.label, l.budget, l.sources])).toEqual([
      ["전통시장 시설현대화", 1000, [400, 200, 100, 100, 100, 100]],
      ["골목상권 살리기", 500, [0, 100, 200, 0, 0, 200]],
      ["청년 일자리", 300, [150, 0, 150, 0, 0, 0]],
    ]);
  });

  it("validates a consistent table with no findings", () => {
    expect(validateGrids([{ kind: "budget", grid: gridOf(rows()) }]).findings).toEqual([]);
  });

  it("checks the split over 도비, 특교 and 자체 as over the older sources, and totals them down", () => {
    const planted = rows();
    planted[2][5] = 150; // 도비 of 골목상권 살리기: the sources now add up to 550, not 500
    const { findings } = validateGrids([{ kind: "budget", grid: gridOf(planted, { sheet: "예산" }) }]);
    expect(findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      ["budget/split-mismatch", "D3", "재원 합 550 (국비+도비+시비+구비+특교+자체) ≠ 예산액 500 (차이 50천원)."],
      ["budget/total-mismatch", "F5", "도비 합계 300 ≠ 항목 합 350 (차이 50천원)."],
    ]);
  });

  it("summarises a split over more sources than fit beside the budget in a table of its own, within the page", () => {
    const validation = validateGrids([{ kind: "budget", grid: gridOf(rows(), { name: "예산", sheet: "예산" }) }]);
    const [summary] = buildSummary({
      ...validation, dueWithinMonths: 12, lang: "ko", fileName: "e-hojo.xlsx", generatedAt: "2026-11-25 15:20",
    }).sheets;
    const text = (row: number, col: number) => {
      const content = summary.cells.find((c) => c.row === row && c.col === col)?.content;
      return content && ("text" in content ? content.text : "number" in content ? content.number : "formula" in content ? content.formula : undefined);
    };
    const header = summary.cells.find((c) => "text" in c.content && c.content.text === "사업 (재원별)")!.row;
    expect([1, 2, 3, 4, 5, 6].map((col) => text(header, col))).toEqual(["국비", "도비", "시비", "구비", "특별교부세", "자체"]);
    expect([0, 1, 2, 6].map((col) => text(header + 1, col))).toEqual(["전통시장 시설현대화", 400, 200, 100]);
    expect([0, 2].map((col) => text(header + 4, col))).toEqual(["계", `SUM(${a1(header + 1, 2)}:${a1(header + 3, 2)})`]);
    expect(Math.max(...summary.cells.map((c) => c.col))).toBeLessThanOrEqual(LAST_COLUMN);
  });

  it("reads 군비 and 특별교부세 as the district's share and the special grant", () => {
    const table = budget.parse("예산", gridOf([["세부사업(명)", "예산액", "군비", "특별교부세", "기금"], ["가", 10, 4, 3, 3]]));
    if (table?.kind !== "budget") throw new Error("not recognised");
    expect(table.sourceCols.map((s) => s.source)).toEqual(["district", "specialGrant", "fund"]);
  });

  it("matches a header word written with a bracketed part as written, without it and with it run in", () => {
    for (const item of ["세부사업(명)", "세부사업", "세부사업명"]) {
      const table = budget.parse("예산", gridOf([[item, "예산액"], ["가", 10]]));
      expect(table?.kind).toBe("budget");
    }
    for (const category of ["물품분류(번호)", "물품분류", "물품분류번호"]) {
      const table = inventory.parse("장비", gridOf([[category, "취득일자"], ["43211503", "2018-01-01"]]));
      if (table?.kind !== "inventory") throw new Error(`${category} not recognised`);
      expect(table.columns.category).toBe(0);
    }
  });
});

describe("a staff table with 직렬, 직류 and 결원", () => {
  const rows = (): CellValue[][] => [
    ["직렬", "직류", "직급", "정원", "현원", "결원"],
    ["행정", "일반행정", "6급", 5, 4, 1],
    [null, "세무행정", "7급", 3, 3, 0],
    ["기술", "전산", "7급", 2, 1, 1],
    ["계", null, null, 10, 8, 2],
  ];

  it("validates a consistent table, and names each line by its series and sub-series", () => {
    const validation = validateGrids([{ kind: "staff", grid: gridOf(rows(), { name: "인력" }) }]);
    expect(validation.findings).toEqual([]);
    const [table] = tablesOf(validation.subjects, "staff");
    expect(staffBlock(table).lines.map((l) => [l.series, l.grade, l.authorized, l.current])).toEqual([
      ["행정 · 일반행정", "6급", 5, 4],
      ["행정 · 세무행정", "7급", 3, 3],
      ["기술 · 전산", "7급", 2, 1],
    ]);
  });

  it("checks 결원 as 정원 − 현원, the other way round from 과부족", () => {
    const planted = rows();
    planted[3][5] = -1; // written as a 과부족 would be
    planted[4][5] = 0; // the 계 row adds the rows up, but is no 정원 − 현원 either
    const { findings } = validateGrids([{ kind: "staff", grid: gridOf(planted, { name: "인력", sheet: "인력" }) }]);
    expect(findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      ["staff/difference-mismatch", "F4", "결원 △1 ≠ 정원 2 − 현원 1 = 1."],
      ["staff/difference-mismatch", "F5", "결원 0 ≠ 정원 10 − 현원 8 = 2."],
    ]);
    const english = validateGrids([{ kind: "staff", grid: gridOf(planted, { name: "인력" }) }], { lang: "en" }).findings;
    expect(english[0].message).toBe("Vacancies -1 ≠ authorized 2 − current 1 = 1.");
  });

  it("reads a 결원 row in the wide layout", () => {
    const wide: CellValue[][] = [
      ["구분", "계", "5급", "6급"],
      ["정원", 5, 2, 3],
      ["현원", 4, 2, 2],
      ["결원", 2, 0, 1],
    ];
    const { findings } = validateGrids([{ kind: "staff", grid: gridOf(wide, { name: "인력" }) }]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["staff/difference-mismatch", "B4"],
      ["staff/total-mismatch", "B4"],
    ]);
  });
});

describe("a register in the words of the 물품관리 forms", () => {
  const header = [
    "물품분류", "물품식별번호", "물품관리번호", "품명", "규격", "수량", "단위", "취득일자", "취득단가", "취득금액", "내용연수", "운용부서", "운용상태",
  ];
  const lives = (): CellValue[][] => [["물품분류", "내용연수"], ["데스크톱컴퓨터", 5]];
  const lots = (): CellValue[][] => [
    ["데스크톱컴퓨터", "24680001", "2013-0001", "데스크톱", "i5/8GB", 10, "대", "2013-09-30", 1000, 10000, null, "총무과", "운용"],
    ["데스크톱컴퓨터", "24680001", "2013-0002", "데스크톱", "i5/8GB", 5, "대", "2013-10-01", 1000, 5000, null, "정보통신과", "운용"],
    ["서버", "24680002", "2010-0001", "서버", "x86 2U", 1, "대", "2010-03-02", 20000, 20000, 6, "정보통신과", "불용"],
    ["서버", "24680002", "2011-0001", "서버", "x86 2U", 2, "대", "2011-05-01", 18000, 36000, 6, "정보통신과", "반납"],
    ["프린터", "24680003", "2012-0001", "레이저프린터", "A4 흑백", 3, "대", "2012-01-15", null, 1500, 5, "민원과", "운용"],
    ["노트북컴퓨터", "24680004", "2016-0001", "노트북", "15인치", 4, "대", "2016-06-01", 1200, 4300, 5, "기획과", "운용"],
  ];
  const check = () =>
    validateGrids([
      { kind: "inventory", grid: gridOf([header, ...lots()], { name: "장비", sheet: "물품대장" }) },
      { kind: "usefulLife", grid: gridOf(lives(), { name: "내용연수", sheet: "내용연수" }) },
    ]);

  it("finds overdue, due-soon and mismatched lots, and leaves 불용 and 반납 lots out of the plan", () => {
    expect(check().findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      ["inventory/overdue", "H2", "2013-0001: 교체 예정일 2018-09-30이 경과했습니다 (취득 2013-09-30 + 내용연수 5년)."],
      ["inventory/due-soon", "H3", "2013-0002: 12개월 이내 교체 예정입니다 (교체 예정일 2018-10-01)."],
      ["inventory/overdue", "H6", "2012-0001: 교체 예정일 2017-01-15가 경과했습니다 (취득 2012-01-15 + 내용연수 5년)."],
      ["inventory/amount-mismatch", "J7", "2016-0001: 취득금액 4,300 ≠ 취득단가 1,200 × 수량 4 = 4,800 (차이 500천원)."],
    ]);
  });

  it("plans replacements at the stated 취득단가, or 취득금액 ÷ 수량 where no unit cost is stated", () => {
    const { subjects, facts } = check();
    const plan = replacementLots(tablesOf(subjects, "inventory"), facts, 12, "thousandWon");
    expect(plan.map((lot) => [lot.id, lot.description, formatIsoDate(lot.due), lot.quantity, lot.unitCost, estimatedCost(lot)])).toEqual([
      ["2012-0001", "레이저프린터 A4 흑백", "2017-01-15", 3, 500, 1500],
      ["2013-0001", "데스크톱 i5/8GB", "2018-09-30", 10, 1000, 10000],
      ["2013-0002", "데스크톱 i5/8GB", "2018-10-01", 5, 1000, 5000],
    ]);
  });

  it("reads 물품관리번호 as the lot id, not 물품식별번호, which names the kind of item", () => {
    const rows = [header, ...lots()];
    rows[2][2] = "2013-0001";
    const { findings } = validateGrids([{ kind: "inventory", grid: gridOf(rows, { name: "장비" }) }]);
    expect(findings.filter((f) => f.rule === "inventory/duplicate-id").map((f) => f.cell)).toEqual(["C3"]);
  });
});
