import type { WorkbookFacts } from "../facts";
import { KINDS, type Table } from "../kinds";
import { tablesOf, type Subject } from "../subject";
import type { BudgetTable, StaffTable } from "../tables/types";
import { labelKey } from "../values/text";
import { budgetBlock, estimatedCost, replacementLots, staffBlock, type ReplacementLot } from "./figures";

/** One division's figures in a consolidated summary: small enough to cross a worker boundary. */

export interface LotTally {
  readonly lots: number;
  readonly cost: number;
}

export interface DivisionFigures {
  /** Null when the workbook has no budget table. */
  readonly budget: { readonly budget: number; readonly executed: number } | null;
  /** Null when the workbook has no staff table. */
  readonly staff: { readonly authorized: number; readonly current: number } | null;
  readonly replacement: { readonly overdue: LotTally; readonly dueSoon: LotTally };
}

const sum = <T>(items: readonly T[], pick: (item: T) => number | null) => items.reduce((acc, item) => acc + (pick(item) ?? 0), 0);

/**
 * The tables a division's total is read from: the one under the plain name (`Budget`, `예산`) when there is
 * one, as `Budget_*` tables beside it break the same money down (the seed's `예산_사업별` does); else all of them.
 */
export function mainTables<T extends Table>(tables: readonly T[]): readonly T[] {
  const plain = KINDS.filter((k) => tables.some((t) => t.kind === k.id)).flatMap((k) => k.names.exact.map(labelKey));
  const main = tables.filter((t) => plain.includes(labelKey(t.name)));
  return main.length > 0 ? main : tables;
}

/** A workbook's totals, summed from the detail lines the single-file summary prints (never from its stated totals). */
export function divisionFigures(subjects: readonly Subject[], facts: WorkbookFacts, dueWithinMonths: number): DivisionFigures {
  // In 천원 whatever each table states, as the consolidated summary prints every division's figures side by side.
  // A parent program's figures are its children's: only the detail lines add up.
  const budgetLines = mainTables(tablesOf(subjects, "budget")).flatMap((t) => budgetBlock(t, "thousandWon").lines.filter((l) => !l.parent));
  const staffLines = mainTables(tablesOf(subjects, "staff")).flatMap((t) => staffBlock(t).lines);
  const hasKind = (kind: Subject["kind"]) => subjects.some((s) => s.kind === kind);
  const lots = replacementLots(tablesOf(subjects, "inventory"), facts, dueWithinMonths, "thousandWon");
  const tally = (status: ReplacementLot["status"]): LotTally => {
    const chosen = lots.filter((l) => l.status === status);
    return { lots: chosen.length, cost: sum(chosen, estimatedCost) };
  };
  return {
    budget: hasKind("budget") ? { budget: sum(budgetLines, (l) => l.budget), executed: sum(budgetLines, (l) => l.executed) } : null,
    staff: hasKind("staff") ? { authorized: sum(staffLines, (l) => l.authorized), current: sum(staffLines, (l) => l.current) } : null,
    replacement: { overdue: tally("overdue"), dueSoon: tally("dueSoon") },
  };
}
