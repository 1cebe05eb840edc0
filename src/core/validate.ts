import { a1 } from "./address";
import { gatherFacts, type WorkbookFacts } from "./facts";
import type { Finding } from "./finding";
import type { Grid } from "./grid";
import { spreadMergedLabels } from "./grid-merges";
import { parseTable } from "./kinds/parse";
import { QUOTE_LIMIT, renderMessage } from "./messages";
import type { PlannedRead, ReadPlan } from "./names/plan";
import type { CheckOptions } from "./options";
import type { Report, Rule } from "./rule";
import { RULES } from "./rules";
import { tablesOf, type Subject } from "./subject";
import { ASSUMED_UNIT, unitInCell, type MoneyUnit, type TableUnit } from "./units/money-unit";
import { cellText } from "./values/cell-readers";

export interface Validation {
  readonly findings: readonly Finding[];
  readonly facts: WorkbookFacts;
  readonly subjects: readonly Subject[];
}

/**
 * Parses the grids read for a plan (in the plan's order), merged areas read as the checks read them, and adds
 * the plan's broken names. A table whose header states no money unit takes the one its line above states
 * (`unitsAbove`, by the plan's index), else the workbook's `단위` cell's, else 천원, assumed.
 */
export function subjectsOf(plan: ReadPlan, grids: readonly Grid[], unitsAbove: readonly (MoneyUnit | undefined)[] = []): Subject[] {
  const named = namedUnit(plan.reads.flatMap((read, i) => (read.kind === "unit" ? [grids[i]] : [])));
  const around = (i: number): TableUnit => {
    const above = unitsAbove[i];
    if (above) return { unit: above, source: "above" };
    return named ? { unit: named, source: "named" } : ASSUMED_UNIT;
  };
  return [...plan.broken, ...plan.reads.map((read, i) => parseTable(read.kind, spreadMergedLabels(withTotalsRow(grids[i], read)), around(i)))];
}

/** The grid with its Excel table's totals row marked, in the grid's own rows. */
function withTotalsRow(grid: Grid, read: PlannedRead): Grid {
  return read.totalsRow === undefined ? grid : { ...grid, totalsRow: read.totalsRow - grid.top };
}

/** The unit the workbook's first readable `Unit`/`단위` cell names. */
function namedUnit(cells: readonly Grid[]): MoneyUnit | undefined {
  for (const grid of cells) {
    const unit = unitInCell(cellText(grid.values[0]?.[0] ?? null));
    if (unit) return unit;
  }
  return undefined;
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
  const facts = gatherFacts(tablesOf(subjects, "asOf"), tablesOf(subjects, "usefulLife"), options);
  const findings: Finding[] = [];
  for (const subject of subjects) {
    // Where each finding is, in arrays beside it: a register's hundreds of thousands of findings need no
    // wrapper object each just to be sorted.
    const found: Finding[] = [];
    const rows: number[] = [];
    const cols: number[] = [];
    const orders: number[] = [];
    rules.forEach((rule, order) => {
      const level = options.rules[rule.id];
      if (level === "off") return;
      const report = (r: Report) => {
        const grid: Grid | undefined = subject.grid;
        const located = grid !== undefined && r.row !== undefined && r.col !== undefined;
        const template = rule.messages[r.messageId];
        const data = r.data ?? {};
        rows.push(r.row ?? -1);
        cols.push(r.col ?? -1);
        orders.push(order);
        found.push({
          // A level the user set wins over the one the rule picks for the case (as ESLint's does).
          severity: level ?? r.severity ?? rule.severity,
          rule: rule.id,
          name: subject.name,
          sheet: grid?.sheet ?? (subject.kind === "broken-name" ? subject.sheet ?? "" : ""),
          cell: located ? a1(grid.top + r.row!, grid.left + r.col!) : "",
          messageId: r.messageId,
          data,
          message: template ? renderMessage(template, data, options.lang, QUOTE_LIMIT) : r.messageId,
          ...(grid && r.cells && { cells: r.cells.map((c) => a1(grid.top + c.row, grid.left + c.col)) }),
        });
      };
      rule.check(subject, { options, facts, lang: options.lang, report });
    });
    // A stable sort: findings of one cell and rule keep the order they were reported in.
    const sorted = found.map((_, i) => i);
    sorted.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || orders[a] - orders[b]);
    // One at a time: spreading hundreds of thousands of findings into push overflows the stack.
    for (const i of sorted) findings.push(found[i]);
  }
  return { findings, facts, subjects };
}
