import type { CellIndent, CellValue, Grid, MergedArea } from "../../../src/core/grid";
import { spreadMergedLabels } from "../../../src/core/grid-merges";
import budget from "../../../src/core/kinds/budget";
import { parseTable } from "../../../src/core/kinds/parse";
import type { BudgetTable } from "../../../src/core/tables/types";
import { validateSubjects } from "../../../src/core/validate";
import { gridOf, testOptions } from "../../helpers/grid";
import { expectLinear } from "../../helpers/growth";

/** Budgets as the 사업명세 forms lay them out: 정책사업 > 단위사업 > 세부사업, each level a row with its own total. */

type Line = readonly [level: number, name: string, budget: number, executed: number, rate: number];

/** A correct three-level budget; 홍보물 제작 is a 단위사업 without 세부사업. */
const PROGRAMS: readonly Line[] = [
  [0, "디지털 행정", 1000, 600, 60.0],
  [1, "정보화 교육", 400, 200, 50.0],
  [2, "주민 교육", 250, 150, 60.0],
  [2, "직원 교육", 150, 50, 33.3],
  [1, "전산 장비", 600, 400, 66.7],
  [2, "PC 교체", 600, 400, 66.7],
  [0, "지역 홍보", 1200, 600, 50.0],
  [1, "축제 지원", 1000, 500, 50.0],
  [2, "봄 축제", 700, 350, 50.0],
  [2, "가을 축제", 300, 150, 50.0],
  [1, "홍보물 제작", 200, 100, 50.0],
];
const TOTAL = ["계", 2200, 1200, 54.5] as const;

/** Sets one figure of a line (by name): 2 budget, 3 executed, 4 rate. */
function planted(name: string, figures: Partial<Record<2 | 3 | 4, number>>): Line[] {
  return PROGRAMS.map((line) => {
    if (line[1] !== name) return line;
    const copy: [number, string, number, number, number] = [...line];
    for (const [i, value] of Object.entries(figures)) copy[Number(i)] = value;
    return copy;
  });
}

/** Level columns: each name in its level's column. */
function byColumns(lines: readonly Line[] = PROGRAMS): Grid {
  return gridOf(
    [
      ["정책사업", "단위사업", "세부사업", "예산액", "집행액", "집행률(%)"],
      ...lines.map(([level, name, ...figures]): CellValue[] => [...[0, 1, 2].map((l) => (l === level ? name : null)), ...figures]),
      [TOTAL[0], null, null, ...TOTAL.slice(1)],
    ],
    { sheet: "예산" },
  );
}

/** Level columns merged down over their children, as printed forms do; the 계 merged across them. */
function mergedDown(): Grid {
  const values: CellValue[][] = byColumns().values.map((row) => [...row]);
  const merges: MergedArea[] = [];
  PROGRAMS.forEach(([level], i) => {
    if (level === 2) return;
    let last = i;
    while (last + 1 < PROGRAMS.length && PROGRAMS[last + 1][0] > level) last++;
    // The name stays in the area's top-left cell only, as Excel stores it.
    if (last > i) merges.push({ top: i + 1, left: level, bottom: last + 1, right: level });
  });
  merges.push({ top: PROGRAMS.length + 1, left: 0, bottom: PROGRAMS.length + 1, right: 2 });
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return spreadMergedLabels({ ...byColumns(), values, merges });
}

/** One name column, each level shown by how it is written: Excel's indent, or leading spaces. */
function indented(show: (level: number, name: string) => string, indents: (lines: readonly Line[]) => CellIndent[] = () => []): Grid {
  const grid = gridOf(
    [
      ["사업명", "예산액", "집행액", "집행률(%)"],
      ...PROGRAMS.map(([level, name, ...figures]): CellValue[] => [show(level, name), ...figures]),
      [...TOTAL],
    ],
    { sheet: "예산" },
  );
  return { ...grid, indents: indents(PROGRAMS) };
}

const byExcelIndent = () =>
  indented(
    (_, name) => name,
    (lines) => lines.flatMap(([level], i) => (level > 0 ? [{ row: i + 1, col: 0, level }] : [])),
  );
const bySpaces = () => indented((level, name) => "  ".repeat(level) + name);
const byFullWidthSpaces = () => indented((level, name) => "\u3000".repeat(level) + name);

function parsed(grid: Grid): BudgetTable {
  const table = budget.parse("예산", grid);
  if (table?.kind !== "budget") throw new Error("not recognised");
  return table;
}

function findings(grid: Grid, lang: "ko" | "en" = "ko") {
  return validateSubjects([parseTable("budget", grid)], testOptions({ lang })).findings.map((f) => [f.rule, f.cell, f.message]);
}

describe("a budget with program levels", () => {
  const layouts: readonly [string, () => Grid][] = [
    ["level columns", byColumns],
    ["level columns merged down over their children", mergedDown],
    ["Excel's indent", byExcelIndent],
    ["leading spaces", bySpaces],
    ["leading full-width spaces", byFullWidthSpaces],
  ];

  it.each(layouts)("reads each row's level and which rows are parents, by %s", (_, layout) => {
    const table = parsed(layout());
    expect(table.rows.map((r) => [r.label, r.kind, r.level])).toEqual([
      ["디지털 행정", "parent", 0],
      ["정보화 교육", "parent", 1],
      ["주민 교육", "detail", 2],
      ["직원 교육", "detail", 2],
      ["전산 장비", "parent", 1],
      ["PC 교체", "detail", 2],
      ["지역 홍보", "parent", 0],
      ["축제 지원", "parent", 1],
      ["봄 축제", "detail", 2],
      ["가을 축제", "detail", 2],
      // A 단위사업 without 세부사업 is a detail row at its level.
      ["홍보물 제작", "detail", 1],
      ["계", "total", 0],
    ]);
    expect(table.levelNames).toEqual(["정책사업", "단위사업", "세부사업"]);
  });

  it.each(layouts)("finds nothing wrong in a correct budget, by %s", (_, layout) => {
    expect(findings(layout())).toEqual([]);
  });

  it("sums each parent over the rows one level below it, and the 계 over the top level only", () => {
    const table = parsed(byColumns());
    const budgetTotals = table.totals.filter((t) => t.col === table.budgetCol);
    const partRows = (row: number) => budgetTotals.find((t) => t.row === row)!.parts.map((p) => p.row);
    expect(partRows(1)).toEqual([2, 5]);
    expect(partRows(2)).toEqual([3, 4]);
    expect(partRows(8)).toEqual([9, 10]);
    expect(partRows(7)).toEqual([8, 11]);
    expect(partRows(12)).toEqual([1, 7]);
    expect(budgetTotals.map((t) => t.row)).toEqual([1, 2, 5, 7, 8, 12]);
  });

  it.each(layouts)("flags a wrong 세부사업 at its 단위사업 row, not at the 계, by %s", (_, layout) => {
    const grid = layout();
    // 주민 교육's budget typed as 260 (its rate restated to match), in whichever column the layout has it.
    const budgetCol = parsed(grid).budgetCol!;
    const values = grid.values.map((row) => [...row]);
    values[3][budgetCol] = 260;
    values[3][budgetCol + 2] = 57.7;
    const column = String.fromCharCode(65 + budgetCol);
    expect(findings({ ...grid, values })).toEqual([
      ["budget/total-mismatch", `${column}3`, "단위사업 정보화 교육: 예산액 400 ≠ 세부사업 합 410 (차이 10천원)."],
    ]);
  });

  it("flags a wrong 단위사업 at its 정책사업 row, with the transposition hint where the difference is a multiple of 9", () => {
    expect(findings(byColumns(planted("홍보물 제작", { 2: 290, 4: 34.5 })))).toEqual([
      ["budget/total-mismatch", "D8", "정책사업 지역 홍보: 예산액 1,200 ≠ 단위사업 합 1,290 (차이 90천원: 숫자 자리 바뀜 의심)."],
    ]);
  });

  it("flags a wrong 단위사업 with 세부사업 both at its 정책사업 row and at its own", () => {
    expect(findings(byColumns(planted("정보화 교육", { 2: 410, 4: 48.8 })))).toEqual([
      ["budget/total-mismatch", "D2", "정책사업 디지털 행정: 예산액 1,000 ≠ 단위사업 합 1,010 (차이 10천원)."],
      ["budget/total-mismatch", "D3", "단위사업 정보화 교육: 예산액 410 ≠ 세부사업 합 400 (차이 10천원)."],
    ]);
  });

  it("says it in English when asked", () => {
    expect(findings(byColumns(planted("주민 교육", { 2: 260, 4: 57.7 })), "en")).toEqual([
      ["budget/total-mismatch", "D3", "Unit program 정보화 교육: 예산액 400 ≠ sum of detailed projects 410 (difference 10 thousand KRW)."],
    ]);
    expect(findings(byColumns(planted("홍보물 제작", { 2: 290, 4: 34.5 })), "en")).toEqual([
      [
        "budget/total-mismatch",
        "D8",
        "Policy program 지역 홍보: 예산액 1,200 ≠ sum of unit programs 1,290 (difference 90 thousand KRW: possible transposed digits).",
      ],
    ]);
  });

  it("checks the rate of every row, parents included", () => {
    expect(findings(byColumns(planted("지역 홍보", { 4: 55.0 }))).map(([rule, cell]) => [rule, cell])).toEqual([
      ["budget/rate-mismatch", "F8"],
    ]);
  });
});

describe("a two-level budget (단위사업 > 세부사업) with funding sources", () => {
  const rows = (): CellValue[][] => [
    ["단위사업", "세부사업명", "예산액", "국비", "시비"],
    ["정보화 교육", null, 400, 100, 300],
    [null, "주민 교육", 250, 50, 200],
    [null, "직원 교육", 150, 50, 100],
    ["전산 장비", null, 600, 300, 300],
    [null, "PC 교체", 600, 300, 300],
    ["합계", null, 1000, 400, 600],
  ];

  it("reads the two levels and finds nothing wrong in a correct table", () => {
    const table = parsed(gridOf(rows()));
    expect(table.levelNames).toEqual(["단위사업", "세부사업"]);
    expect(table.rows.map((r) => [r.kind, r.level])).toEqual([
      ["parent", 0], ["detail", 1], ["detail", 1], ["parent", 0], ["detail", 1], ["total", 0],
    ]);
    expect(findings(gridOf(rows()))).toEqual([]);
  });

  it("checks every amount column of a parent against its children: each funding source too", () => {
    const planted = rows();
    planted[3][3] = 60; // 직원 교육: 국비 60, 시비 90, still 150 in all
    planted[3][4] = 90;
    expect(findings(gridOf(planted, { sheet: "예산" }))).toEqual([
      ["budget/total-mismatch", "D2", "단위사업 정보화 교육: 국비 100 ≠ 세부사업 합 110 (차이 10천원)."],
      ["budget/total-mismatch", "E2", "단위사업 정보화 교육: 시비 300 ≠ 세부사업 합 290 (차이 10천원)."],
    ]);
  });
});

describe("a budget shown both by level columns and by 소계 rows", () => {
  const rows = (): CellValue[][] => [
    ["정책사업", "단위사업", "세부사업", "예산액"],
    ["디지털 행정", null, null, 1000],
    [null, "정보화 교육", null, 400],
    [null, null, "주민 교육", 250],
    [null, null, "직원 교육", 150],
    [null, "소계", null, 400],
    [null, "전산 장비", null, 600],
    [null, null, "PC 교체", 600],
    [null, "소계", null, 600],
    ["소계", null, null, 1000],
    ["지역 홍보", null, null, 200],
    [null, "홍보물 제작", null, 200],
    ["계", null, null, 1200],
  ];

  it("reads each 소계 as repeating its program's total, and counts nothing twice in the 계", () => {
    const table = parsed(gridOf(rows()));
    const partRows = (row: number) => table.totals.find((t) => t.row === row)!.parts.map((p) => p.row);
    expect([5, 8, 9, 12].map(partRows)).toEqual([[3, 4], [7], [2, 6], [1, 10]]);
    expect(table.rows.filter((r) => r.kind === "subtotal").map((r) => r.level)).toEqual([2, 2, 1]);
    expect(findings(gridOf(rows()))).toEqual([]);
  });

  it("flags a wrong 세부사업 at its 단위사업 and at the 소계 that repeats it, not at the 계", () => {
    const planted = rows();
    planted[3][3] = 260;
    expect(findings(gridOf(planted, { sheet: "예산" }))).toEqual([
      ["budget/total-mismatch", "D3", "단위사업 정보화 교육: 예산액 400 ≠ 세부사업 합 410 (차이 10천원)."],
      ["budget/total-mismatch", "D6", "예산액 소계 400 ≠ 항목 합 410 (차이 10천원)."],
    ]);
  });
});

describe("a levelled budget's SUM formulas", () => {
  const rows: CellValue[][] = [
    ["단위사업", "세부사업", "예산액"], ["정보화 교육", null, 400], [null, "주민 교육", 250], [null, "직원 교육", 150], ["계", null, 400],
  ];
  const withFormulas = (parent: string) =>
    gridOf(rows, { sheet: "예산", formulas: [[], [null, null, parent], [], [], [null, null, "=SUM(C2)"]] });

  it("takes a parent's SUM over its children, and the 계's over the top level, as covering their parts", () => {
    expect(findings(withFormulas("=SUM(C3:C4)"))).toEqual([]);
  });

  it("warns when a parent's SUM leaves one of its children out", () => {
    expect(findings(withFormulas("=SUM(C3)")).map(([rule, cell]) => [rule, cell])).toEqual([["table/formula-range", "C2"]]);
  });
});

describe("a budget whose rows all stand at one level", () => {
  it("reads as one without levels, whatever columns its header has", () => {
    const table = parsed(gridOf([
      ["정책사업", "단위사업", "세부사업", "예산액"],
      ["디지털 행정", "정보화 교육", "주민 교육", 250],
      [null, null, "직원 교육", 150],
      ["계", null, null, 400],
    ]));
    expect(table.levelNames).toBeUndefined();
    expect(table.rows.map((r) => [r.kind, r.level])).toEqual([["detail", undefined], ["detail", undefined], ["total", undefined]]);
  });

  it("takes a lone space pasted in before a name for no indent", () => {
    const rows = [["사업명", "예산액"], ["정보화 교육", 400], ["\u00a0전산 장비", 600], [" 지역 홍보", 200], ["계", 1200]];
    expect(parsed(gridOf(rows)).levelNames).toBeUndefined();
    expect(findings(gridOf(rows))).toEqual([]);
  });
});

describe("an indented budget of two levels", () => {
  const rows = (header: string): CellValue[][] => [
    [header, "예산액"], ["정보화 교육", 400], ["  주민 교육", 250], ["  직원 교육", 150], ["전산 장비", 600], ["  PC 교체", 600], ["계", 1000],
  ];

  it("names the deepest level 세부사업, or the level the name column's header says", () => {
    expect(parsed(gridOf(rows("사업명"))).levelNames).toEqual(["단위사업", "세부사업"]);
    expect(parsed(gridOf(rows("단위사업명"))).levelNames).toEqual(["정책사업", "단위사업"]);
  });

  it("says 'item' for levels above the five it knows", () => {
    const deep = ["사업명", "예산액"];
    const lines = [0, 1, 2, 3, 4, 5].map((level) => ["  ".repeat(level) + `수준 ${level}`, 10]);
    const table = parsed(gridOf([deep, ...lines, ["계", 10]]));
    expect(table.levelNames).toEqual(["항목", "분야", "부문", "정책사업", "단위사업", "세부사업"]);
    const planted = [deep, ...lines.map(([name], i) => [name, i === 1 ? 20 : 10]), ["계", 10]];
    expect(findings(gridOf(planted, { sheet: "예산" }), "en")[0]).toEqual([
      "budget/total-mismatch", "B2", "Item 수준 0: 예산액 10 ≠ sum of sectors 20 (difference 10 thousand KRW).",
    ]);
  });
});

describe("parsing a levelled budget", () => {
  /** `blocks` 정책사업, each with two 단위사업 of three 세부사업. */
  function levelledRows(blocks: number): CellValue[][] {
    const rows: CellValue[][] = [["정책사업", "단위사업", "세부사업", "예산액", "집행액"]];
    for (let b = 0; b < blocks; b++) {
      rows.push([`정책 ${b}`, null, null, 60, 30]);
      for (let u = 0; u < 2; u++) {
        rows.push([null, `단위 ${b}-${u}`, null, 30, 15]);
        for (let d = 0; d < 3; d++) rows.push([null, null, `세부 ${b}-${u}-${d}`, 10, 5]);
      }
    }
    rows.push(["계", null, null, 60 * blocks, 30 * blocks]);
    return rows;
  }

  it("takes time linear in the rows", async () => {
    const blocks = Math.ceil(100_000 / 9);
    expect(parsed(gridOf(levelledRows(blocks))).rows.filter((r) => r.kind === "parent")).toHaveLength(3 * blocks);
    await expectLinear((n) => {
      const grid = gridOf(levelledRows(n));
      return () => parsed(grid);
    }, 500);
  }, 60_000);
});
