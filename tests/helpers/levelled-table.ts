/** Budget tables with program levels, built by hand: rows given their level and kind as the parser marks them. */
import type { CellValue } from "../../src/core/grid";
import { parseTable } from "../../src/core/kinds/parse";
import { buildSummary } from "../../src/core/summary/build-summary";
import type { SheetSpec, SummaryBook } from "../../src/core/summary/sheet-spec";
import type { BudgetTable, RowKind } from "../../src/core/tables/types";
import { gridOf, SEED_AS_OF } from "./grid";

export const LEVELLED_FACTS = { usefulLife: new Map<string, number>(), asOf: SEED_AS_OF, asOfSource: "option" as const };

/** [name, level, kind, budget, executed]; the parent's figures are its children's sums. */
export const PROGRAMS: [string, number, RowKind, number, number][] = [
  ["정보화 추진", 0, "parent", 1000, 800],
  ["정보시스템 운영", 1, "parent", 400, 300],
  ["유지보수", 2, "detail", 250, 200],
  ["교육", 2, "detail", 150, 100],
  ["정보통신망 운영", 1, "detail", 600, 500],
  ["기본경비", 0, "detail", 90, 60],
];

export function levelledTable(): BudgetTable {
  const rows: CellValue[][] = [["사업명", "예산액", "집행액"], ...PROGRAMS.map(([name, , , budget, executed]) => [name, budget, executed]), ["계", 1090, 860]];
  const table = parseTable("budget", gridOf(rows)) as BudgetTable;
  return {
    ...table,
    rows: table.rows.map((row, i) => (i < PROGRAMS.length ? { ...row, level: PROGRAMS[i][1], kind: PROGRAMS[i][2] } : row)),
  };
}

export function summaryBookOfTable(table: BudgetTable): SummaryBook {
  return buildSummary({ subjects: [table], findings: [], facts: LEVELLED_FACTS, dueWithinMonths: 12, lang: "ko", fileName: "t.xlsx", generatedAt: "2018-09-30 09:00" });
}

export function summaryOf(table: BudgetTable): SheetSpec {
  return summaryBookOfTable(table).sheets[0];
}
