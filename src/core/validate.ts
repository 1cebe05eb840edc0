import { a1 } from "./address";
import { gatherFacts } from "./facts";
import type { Finding } from "./finding";
import type { Grid } from "./grid";
import { QUOTE_LIMIT, renderMessage } from "./messages";
import type { ReadPlan } from "./names/plan";
import type { CheckOptions } from "./options";
import type { Report, Rule, WorkbookFacts } from "./rule";
import { RULES } from "./rules";
import { parseTable } from "./tables/parse";
import type { Subject } from "./tables/types";

export interface Validation {
  readonly findings: readonly Finding[];
  readonly facts: WorkbookFacts;
  readonly subjects: readonly Subject[];
}

/** Parses the grids read for a plan (in the plan's order) and adds the plan's broken names. */
export function subjectsOf(plan: ReadPlan, grids: readonly Grid[]): Subject[] {
  return [...plan.broken, ...plan.reads.map((read, i) => parseTable(read.kind, grids[i]))];
}

/**
 * Hands every subject to every rule (each rule skips the kinds it does not apply to) and collects what they
 * report, in the order of the subjects, then by cell, then by the rules' order.
 */
export function validateSubjects(
  subjects: readonly Subject[],
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): Validation {
  const facts = gatherFacts(subjects, options);
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const found: { finding: Finding; row: number; col: number; order: number }[] = [];
    rules.forEach((rule, order) => {
      const report = (r: Report) => {
        const grid: Grid | undefined = subject.grid;
        const located = grid !== undefined && r.row !== undefined && r.col !== undefined;
        const template = rule.messages[r.messageId];
        const data = r.data ?? {};
        found.push({
          row: r.row ?? -1,
          col: r.col ?? -1,
          order,
          finding: {
            severity: r.severity ?? rule.severity,
            rule: rule.id,
            name: subject.name,
            sheet: grid?.sheet ?? (subject.kind === "broken-name" ? subject.sheet ?? "" : ""),
            cell: located ? a1(grid.top + r.row!, grid.left + r.col!) : "",
            messageId: r.messageId,
            data,
            message: template ? renderMessage(template, data, options.lang, QUOTE_LIMIT) : r.messageId,
          },
        });
      };
      rule.check(subject, { options, facts, lang: options.lang, report });
    });
    found.sort((a, b) => a.row - b.row || a.col - b.col || a.order - b.order);
    // One at a time: spreading hundreds of thousands of findings into push overflows the stack.
    for (const f of found) findings.push(f.finding);
  }
  return { findings, facts, subjects };
}
