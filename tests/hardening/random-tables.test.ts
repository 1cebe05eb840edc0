import fc from "fast-check";
import { parseA1 } from "../../src/core/address";
import type { CellValue, Grid } from "../../src/core/grid";
import type { TableKind } from "../../src/core/kinds";
import { parseTable } from "../../src/core/kinds/parse";
import { validateSubjects } from "../../src/core/validate";
import { testOptions } from "../helpers/grid";
import { expectLinear } from "../helpers/growth";

/** Values as workbooks hold them, good and bad. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e9, max: 1e12 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom("-", "△3", "▲12", "(12)", "1,137,337", "77.0%", "１２３，４５６", "2018. 5. 30.", "2007.12", "2018-13-40"),
  fc.constantFrom("계", "합계", "소계", "Total", "정원", "현원", "과부족", "임대", "폐기", "=SUM(A1:A3)", "\u200B계\u00A0"),
  fc.string({ maxLength: 12 }),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
  fc.boolean(),
  fc.constantFrom(1e20, 60, 43373, 2009),
);

const HEADERS: Record<TableKind, string[]> = {
  budget: ["단위사업명", "예산액", "집행액", "집행율(%)", "국비", "시비", "구비", "기금", "집행 시비", "1월", "2월", "계", "잔액", "담당팀"],
  staff: ["직종", "직급", "정원", "현원", "과부족", "구분", "계"],
  inventory: ["관리번호", "분류", "품명", "수량", "단위", "취득일", "내용연수(년)", "단가(천원)", "상태", "관리부서"],
  table: ["구분", "계", "가", "나", "비율(%)"],
  usefulLife: ["분류", "내용연수(년)"],
  asOf: ["기준일"],
  unit: ["천원"],
  department: ["홍보전산과"],
  fiscalYear: ["2018"],
};

/** A random table of a kind: a shuffled header, random rows, sometimes formulas, placed anywhere on a sheet. */
function table(kind: TableKind): fc.Arbitrary<Grid> {
  return fc
    .record({
      header: fc.shuffledSubarray(HEADERS[kind], { minLength: 1 }),
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 14 }), { maxLength: 25 }),
      top: fc.integer({ min: 0, max: 1000 }),
      left: fc.integer({ min: 0, max: 30 }),
      formulaEvery: fc.integer({ min: 0, max: 7 }),
      wideStaff: fc.boolean(),
    })
    .map(({ header, rows, top, left, formulaEvery, wideStaff }) => {
      const body = kind === "staff" && wideStaff ? rows.map((r, i) => [["정원", "현원", "과부족"][i % 3], ...r]) : rows;
      const all: CellValue[][] = [header, ...body];
      const width = Math.max(...all.map((r) => r.length));
      const values = all.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
      const formulas = values.map((r, i) => r.map((_, c) => (formulaEvery > 0 && i > 0 && (i + c) % formulaEvery === 0 ? `=SUM(B${top + 2}:B${top + 1 + i})` : null)));
      return { name: `${kind}_random`, sheet: "임의 시트", top, left, values, formulas };
    });
}

const KINDS: TableKind[] = ["budget", "staff", "inventory", "table", "usefulLife", "asOf", "unit"];

describe("validation of random tables in every layout", () => {
  it("never throws, and every finding names a cell inside its own range", () => {
    fc.assert(
      fc.property(fc.tuple(...KINDS.map(table)), fc.constantFrom<"ko" | "en">("ko", "en"), (grids, lang) => {
        const subjects = grids.map((grid, i) => parseTable(KINDS[i], grid));
        const { findings } = validateSubjects(subjects, testOptions({ lang }));
        for (const finding of findings) {
          const grid = grids.find((g) => g.name === finding.name)!;
          expect(finding.sheet).toBe(grid.sheet);
          expect(finding.message).not.toBe("");
          const at = parseA1(finding.cell)!;
          expect(at.row).toBeGreaterThanOrEqual(grid.top);
          expect(at.row).toBeLessThan(grid.top + grid.values.length);
          expect(at.col).toBeGreaterThanOrEqual(grid.left);
          expect(at.col).toBeLessThan(grid.left + grid.values[0].length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Tables built to be slow for a quadratic check: every other budget row a 계 row, a long inventory. */
function adversarial(rows: number): Grid[] {
  const budget: CellValue[][] = [["사업명", "예산액", "집행액", "집행율(%)"]];
  for (let i = 0; i < rows; i++) budget.push(i % 2 ? ["계", 100, 50, 50] : [`사업${i}`, 100, 50, 50]);
  const inventory: CellValue[][] = [HEADERS.inventory];
  for (let i = 0; i < rows; i++) inventory.push([`ID-${i % 97}`, "서버", "x", 1, "대", 40000 + (i % 5000), 5, 10, null, "팀"]);
  // Each 계 formula sums the row above it: many formulas, each of a size that does not grow with the table.
  const formulas = budget.map((_, i) => [null, i % 2 ? `=SUM(B${i}:B${i})` : null, null, null]);
  return [
    { name: "Budget", sheet: "s", top: 0, left: 0, values: budget, formulas },
    { name: "Inventory", sheet: "s", top: 0, left: 10, values: inventory },
  ];
}

describe("validation time", () => {
  it("grows linearly with the rows, even with a 계 row after every detail row", async () => {
    await expectLinear((rows) => {
      const grids = adversarial(rows);
      return () => validateSubjects([parseTable("budget", grids[0]), parseTable("inventory", grids[1])], testOptions());
    }, 1000);
  }, 60_000);
});
