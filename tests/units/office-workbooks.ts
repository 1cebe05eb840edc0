/**
 * Workbooks as an office writes them, built in the tests: a title row, a `(단위: …)` line or a unit in the
 * header's brackets, the header, programs and a 합계 row, a name from the header down; no `AsOfDate` unless asked.
 */
import { fixtureToXlsx, type FixtureCell, type FixtureName, type WorkbookFixture } from "../../scripts/sample/workbook-fixture";

export interface BudgetSheetSpec {
  readonly sheet: string;
  readonly name: string;
  /** The amount headers' words, brackets and all: `예산액(원)`. */
  readonly budgetHeader?: string;
  readonly executedHeader?: string;
  /** Written in D2, above the header row (3), outside the name. */
  readonly unitLine?: string;
  /** Budget and executed of each program. */
  readonly programs: readonly (readonly [string, number, number])[];
  /** The 합계 row as stated; by default the sums. */
  readonly total?: readonly [number, number];
}

/** A budget sheet: title in A1, unit line in D2, header in row 3, programs, then the 합계 row. */
export function budgetSheet(spec: BudgetSheetSpec): { sheet: WorkbookFixture["sheets"][number]; name: FixtureName } {
  const cells: Record<string, FixtureCell> = {
    A1: `${spec.sheet} 세출예산 집행 현황`,
    A3: "세부사업명",
    B3: spec.budgetHeader ?? "예산액",
    C3: spec.executedHeader ?? "집행액",
    D3: "집행률(%)",
  };
  if (spec.unitLine) cells.D2 = spec.unitLine;
  spec.programs.forEach(([label, budget, executed], i) => {
    const row = 4 + i;
    Object.assign(cells, { [`A${row}`]: label, [`B${row}`]: budget, [`C${row}`]: executed, [`D${row}`]: Math.round((executed / budget) * 1000) / 10 });
  });
  const last = 4 + spec.programs.length;
  const sum = (i: 1 | 2) => spec.programs.reduce((acc, p) => acc + p[i], 0);
  const [budget, executed] = spec.total ?? [sum(1), sum(2)];
  Object.assign(cells, { [`A${last}`]: "합계", [`B${last}`]: budget, [`C${last}`]: executed, [`D${last}`]: Math.round((executed / budget) * 1000) / 10 });
  return { sheet: { name: spec.sheet, cells }, name: { name: spec.name, ref: `'${spec.sheet}'!$A$3:$D$${last}` } };
}

/** A workbook of budget sheets, and optionally a cover sheet whose cells are named (`단위`, `AsOfDate`). */
export function officeWorkbook(budgets: readonly BudgetSheetSpec[], cover: { unit?: string; asOf?: Date } = {}): Promise<Buffer> {
  const built = budgets.map(budgetSheet);
  const fixture: WorkbookFixture = { sheets: built.map((b) => b.sheet), names: built.map((b) => b.name) };
  if (cover.unit !== undefined || cover.asOf !== undefined) {
    fixture.sheets.unshift({ name: "개요", cells: { A5: "기준일", B5: cover.asOf ? { value: cover.asOf, numFmt: "yyyy-mm-dd" } : null, A6: "금액 단위", B6: cover.unit ?? null } });
    if (cover.unit !== undefined) fixture.names.push({ name: "단위", ref: "'개요'!$B$6" });
    if (cover.asOf !== undefined) fixture.names.push({ name: "AsOfDate", ref: "'개요'!$B$5" });
  }
  return fixtureToXlsx(fixture);
}

/** Programs in 원, as a 원 table states them: to the won. */
export const WON_PROGRAMS: readonly (readonly [string, number, number])[] = [
  ["정보화 기반 구축", 1_234_567_000, 987_654_321],
  ["홍보물 제작", 45_678_900, 12_345_670],
];
