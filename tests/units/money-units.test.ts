import { validate, type Validated } from "../../src/app/validate";
import type { NoNames } from "../../src/app/check-workbook";
import { a1 } from "../../src/core/address";
import { buildSummary } from "../../src/core/summary/build-summary";
import type { SheetSpec } from "../../src/core/summary/sheet-spec";
import { openXlsxWorkbook } from "../../src/workbook/xlsx";
import { fixtureToXlsx } from "../../scripts/sample/workbook-fixture";
import { SEED_NOW } from "../helpers/sample";
import { officeWorkbook, WON_PROGRAMS, type BudgetSheetSpec } from "./office-workbooks";

const BUDGET_TOTAL = WON_PROGRAMS.reduce((acc, p) => acc + p[1], 0);
const EXECUTED_TOTAL = WON_PROGRAMS.reduce((acc, p) => acc + p[2], 0);

async function validated(xlsx: Buffer, lang: "ko" | "en" = "ko"): Promise<Validated> {
  const result: Validated | NoNames = await validate(openXlsxWorkbook(xlsx, "office.xlsx"), () => SEED_NOW, { lang });
  if (result.kind !== "checked") throw new Error("nothing checked");
  return result;
}

function summaryOf(result: Validated, lang: "ko" | "en" = "ko"): SheetSpec {
  const { check, split } = result;
  const input = { subjects: check.subjects, findings: split.open, facts: check.facts, dueWithinMonths: 12, lang, fileName: "office.xlsx", generatedAt: "2018-09-30 09:00" };
  return buildSummary(input).sheets[0];
}

const texts = (sheet: SheetSpec) => sheet.cells.flatMap((c) => ("text" in c.content ? [c.content.text] : []));
/** The budget section's program rows: label, budget, executed. */
function budgetRows(sheet: SheetSpec, labels: readonly string[]): (string | number | undefined)[][] {
  return labels.map((label) => {
    const row = sheet.cells.find((c) => "text" in c.content && c.content.text === label)!.row;
    return [0, 1, 2].map((col) => {
      const content = sheet.cells.find((c) => a1(c.row, c.col) === a1(row, col))?.content;
      return content === undefined ? undefined : "text" in content ? content.text : "number" in content ? content.number : undefined;
    });
  });
}

const wonBudget = (extra: Partial<BudgetSheetSpec> = {}): BudgetSheetSpec => ({
  sheet: "예산",
  name: "예산",
  budgetHeader: "예산액(원)",
  executedHeader: "집행액(원)",
  programs: WON_PROGRAMS,
  ...extra,
});

describe("a budget table in 원 (header brackets)", () => {
  it("is read in 원, and its summary says (단위: 원) over the same digits", async () => {
    const result = await validated(await officeWorkbook([wonBudget()]));
    expect(result.units).toEqual([{ name: "예산", sheet: "예산", unit: { unit: "won", source: "header" } }]);
    const summary = summaryOf(result);
    expect(texts(summary)).toContain("(단위: 원)");
    expect(texts(summary).some((t) => t.includes("천원"))).toBe(false);
    expect(budgetRows(summary, ["정보화 기반 구축", "홍보물 제작"])).toEqual(WON_PROGRAMS.map((p) => [...p]));
  });

  it("speaks 원 in a mismatch, with a tolerance of half a won", async () => {
    const off = (by: number) => officeWorkbook([wonBudget({ total: [BUDGET_TOTAL + by, EXECUTED_TOTAL] })]);
    const mismatches = async (by: number, lang: "ko" | "en" = "ko") =>
      (await validated(await off(by), lang)).split.open.filter((f) => f.rule === "budget/total-mismatch").map((f) => [f.cell, f.message]);
    expect(await mismatches(90)).toEqual([["B6", "예산액(원) 합계 1,280,245,990 ≠ 항목 합 1,280,245,900 (차이 90원: 숫자 자리 바뀜 의심)."]]);
    expect(await mismatches(90, "en")).toEqual([["B6", "예산액(원) total 1,280,245,990 ≠ sum of items 1,280,245,900 (difference 90 KRW: possible transposed digits)."]]);
    expect(await mismatches(1)).toEqual([["B6", "예산액(원) 합계 1,280,245,901 ≠ 항목 합 1,280,245,900 (차이 1원)."]]);
    expect(await mismatches(0.4)).toEqual([]);
  });
});

describe("where else a table's unit is read", () => {
  it("from a (단위: 백만원) line above the named range, outside it", async () => {
    const result = await validated(
      await officeWorkbook([{ sheet: "예산", name: "예산", unitLine: "(단위: 백만원)", programs: [["가 사업", 1_200, 900], ["나 사업", 300, 100]], total: [1_600, 1_000] }]),
    );
    expect(result.units.map((u) => u.unit)).toEqual([{ unit: "millionWon", source: "above" }]);
    const mismatch = result.split.open.find((f) => f.rule === "budget/total-mismatch");
    expect(mismatch?.message).toBe("예산액 합계 1,600 ≠ 항목 합 1,500 (차이 100백만원).");
    expect(texts(summaryOf(result))).toContain("(단위: 백만원)");
  });

  it("from the workbook's 단위 cell when the table states none", async () => {
    const result = await validated(await officeWorkbook([{ sheet: "예산", name: "예산", programs: WON_PROGRAMS }], { unit: "원" }));
    expect(result.units.map((u) => u.unit)).toEqual([{ unit: "won", source: "named" }]);
    expect(texts(summaryOf(result))).toContain("(단위: 원)");
  });

  it("a table's own header wins over the 단위 cell", async () => {
    const result = await validated(await officeWorkbook([wonBudget()], { unit: "천원" }));
    expect(result.units.map((u) => u.unit)).toEqual([{ unit: "won", source: "header" }]);
  });
});

describe("tables of one summary in different units", () => {
  it("are converted to one unit, and the summary says so", async () => {
    const result = await validated(
      await officeWorkbook([
        { sheet: "예산", name: "예산", unitLine: "(단위: 천원)", programs: [["가 사업", 4_000, 3_000]] },
        wonBudget({ sheet: "사업별", name: "예산_사업별", programs: [["나 사업", 2_500_000, 1_000_000]] }),
      ]),
    );
    expect(result.units.map((u) => u.unit.unit)).toEqual(["thousandWon", "won"]);
    const summary = summaryOf(result);
    // Every figure stays whole in 천원, the larger of the two units.
    expect(texts(summary)).toContain("(단위: 천원)");
    expect(texts(summary)).toContain("표마다 금액 단위가 달라 모두 천원으로 환산했습니다.");
    expect(budgetRows(summary, ["가 사업", "나 사업"])).toEqual([["가 사업", 4_000, 3_000], ["나 사업", 2_500, 1_000]]);
  });

  it("are converted to the smaller unit when the larger would cut digits", async () => {
    const result = await validated(
      await officeWorkbook([
        { sheet: "예산", name: "예산", unitLine: "(단위: 천원)", programs: [["가 사업", 4_000, 3_000]] },
        wonBudget({ sheet: "사업별", name: "예산_사업별" }),
      ]),
    );
    const summary = summaryOf(result);
    expect(texts(summary)).toContain("(단위: 원)");
    expect(texts(summary)).toContain("표마다 금액 단위가 달라 모두 원으로 환산했습니다.");
    expect(budgetRows(summary, ["가 사업", "정보화 기반 구축"])).toEqual([["가 사업", 4_000_000, 3_000_000], ["정보화 기반 구축", 1_234_567_000, 987_654_321]]);
  });
});

describe("a table that states no unit", () => {
  it("is read in 천원, and the assumption is stated in the summary and with the units", async () => {
    const result = await validated(await officeWorkbook([{ sheet: "예산", name: "예산", programs: [["가 사업", 4_000, 3_000]] }]));
    expect(result.units.map((u) => u.unit)).toEqual([{ unit: "thousandWon", source: "assumed" }]);
    expect(texts(summaryOf(result))).toContain("(단위: 천원, 가정)");
    expect(texts(summaryOf(result, "en"))).toContain("(unit: thousand KRW, assumed)");
  });
});

describe("the as-of date's source", () => {
  it("is today when neither the options nor the workbook give one, and the summary's title block says so", async () => {
    const result = await validated(await officeWorkbook([wonBudget()]));
    expect([result.asOf, result.asOfSource]).toEqual(["2018-09-30", "today"]);
    expect(texts(summaryOf(result)).find((t) => t.includes("기준일 "))).toMatch(/회계연도 2018 \(기준일의 연도\)   ·   기준일 2018-09-30 \(오늘 날짜: 통합 문서에 기준일이 없음\)$/);
  });

  it("is the workbook when its AsOfDate cell gives one, and the options when they do", async () => {
    const xlsx = await officeWorkbook([wonBudget()], { asOf: new Date(Date.UTC(2024, 11, 31)) });
    const fromWorkbook = await validated(xlsx);
    expect([fromWorkbook.asOf, fromWorkbook.asOfSource]).toEqual(["2024-12-31", "workbook"]);
    expect(texts(summaryOf(fromWorkbook)).find((t) => t.includes("기준일 "))).toMatch(/회계연도 2024 \(기준일의 연도\)   ·   기준일 2024-12-31 \(통합 문서의 기준일\)$/);
    const asked = await validate(openXlsxWorkbook(xlsx, "office.xlsx"), () => SEED_NOW, { lang: "ko", asOf: { year: 2025, month: 3, day: 1 } });
    if (asked.kind !== "checked") throw new Error("nothing checked");
    expect([asked.asOf, asked.asOfSource]).toEqual(["2025-03-01", "option"]);
  });
});

describe("a register's unit costs", () => {
  it("are printed in the register's unit, which the replacement plan's heading and chart name", async () => {
    const xlsx = await fixtureToXlsx({
      sheets: [
        {
          name: "장비",
          cells: {
            A1: "물품 보유 현황",
            A2: "관리번호", B2: "분류", C2: "품명", D2: "수량", E2: "취득일", F2: "내용연수", G2: "단가(원)",
            A3: "PC-001", B3: "PC", C3: "데스크톱", D3: 2, E3: "2010-03-02", F3: 5, G3: 1_234_560,
          },
        },
      ],
      names: [{ name: "장비", ref: "'장비'!$A$2:$G$3" }],
    });
    const result = await validated(xlsx);
    expect(result.units).toEqual([{ name: "장비", sheet: "장비", unit: { unit: "won", source: "header" } }]);
    const summary = summaryOf(result);
    expect(texts(summary)).toContain("(단위: 원)");
    expect(summary.charts.map((c) => c.title)).toContain("교체 연도별 예상 비용 (원)");
    const costs = summary.cells.flatMap((c) => ("formula" in c.content ? [c.content.result] : []));
    expect(costs).toContain(2_469_120);
  });
});
