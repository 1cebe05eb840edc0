import type { WorkbookFacts } from "../core/facts";
import type { Finding } from "../core/finding";
import { planReads } from "../core/names/plan";
import type { CheckOptions } from "../core/options";
import type { Subject } from "../core/subject";
import { subjectsOf, validateSubjects } from "../core/validate";
import type { WorkbookSource } from "../workbook/port";

export interface CheckedWorkbook {
  readonly kind: "checked";
  /** Every finding, accepted or not. */
  readonly findings: readonly Finding[];
  readonly facts: WorkbookFacts;
  readonly subjects: readonly Subject[];
}

/** The workbook holds none of the names this program reads. */
export interface NoNames {
  readonly kind: "no-names";
  readonly definedNames: readonly string[];
}

/** Validate, whatever the host: outline, plan, one batched read of every range, then the core. */
export async function checkWorkbook(source: WorkbookSource, options: CheckOptions): Promise<CheckedWorkbook | NoNames> {
  const outline = await source.outline();
  const plan = planReads(outline.names, outline.sheets, outline.tables);
  if (plan.reads.length === 0 && plan.broken.length === 0) {
    return { kind: "no-names", definedNames: outline.names.map((n) => n.name) };
  }
  const grids = await source.readRanges(plan.reads.map(({ name, rect }) => ({ name, rect })));
  const validation = validateSubjects(subjectsOf(plan, grids), options);
  return { kind: "checked", ...validation };
}
