/**
 * The checked ranges an edit may change without meeting them: those holding a formula that may read a cell
 * outside the range (a total `=상세!C20`, a name, `INDIRECT`; formula-reach.ts). Excel reports only the edited
 * cells (OfficeDev/office-js#3899), and a chain of formulas through other sheets cannot be followed without
 * Excel's calculation chain, so an edit anywhere in the workbook re-checks every such range. Where the range
 * is one every table reads (the as-of date, useful lives, the money unit) or a table found by its header words,
 * the whole workbook is validated again, as for an edit inside it (touched-ranges.ts).
 */
import type { DetectedTable } from "../detect/detect-tables";
import type { ReadPlan } from "../names/plan";
import type { Subject } from "../subject";
import { formulaReach } from "./formula-reach";
import { SHARED_KINDS, type Touched } from "./touched-ranges";

export function outwardRanges(plan: ReadPlan, subjects: readonly Subject[], detected: readonly DetectedTable[]): Touched {
  if (detected.some((found) => readsOutside(found.table))) return { kind: "revalidate" };
  const outward = new Set(subjects.filter(readsOutside).map((subject) => subject.name));
  const reads = plan.reads.filter((read) => outward.has(read.name));
  if (reads.some((read) => SHARED_KINDS.has(read.kind))) return { kind: "revalidate" };
  return reads.length === 0 ? { kind: "none" } : { kind: "ranges", reads };
}

function readsOutside(subject: Subject): boolean {
  return subject.grid?.formulas !== undefined && formulaReach(subject.grid).readsOutside;
}
