import type { WorkbookFacts } from "./facts";
import type { Finding, MessageData } from "./finding";
import type { Grid } from "./grid";
import { cellAddress, sheetColOf, sheetRowOf } from "./grid-axes";
import { QUOTE_LIMIT, renderMessage } from "./messages";
import type { CheckOptions } from "./options";
import type { Report, Rule, RuleContext } from "./rule";
import type { Subject } from "./subject";
import type { Pieces } from "./summary/pieces";

/**
 * Runs every rule on one subject (each rule skips the kinds it does not apply to) and returns what they report,
 * by cell, then by the rules' order. The unit of work the whole validation, its paced run in the pane and the
 * live re-check share.
 */
export function checkSubject(subject: Subject, rules: readonly Rule[], options: CheckOptions, facts: WorkbookFacts): Finding[] {
  const check = startSubjectCheck(subject, options, facts);
  rules.forEach((rule, order) => check.run(rule, order));
  return check.findings();
}

/** One subject's check taken a rule at a time, so that a paced run can pause between rules and within them. */
export interface SubjectCheck {
  /** Runs `rule`, the `order`-th of the rules (findings of one cell are ordered by it). */
  run(rule: Rule, order: number): void;
  /** `run` in the rule's pieces (rule.ts), for a paced run to pause between; one piece for a rule not written in them. */
  runPieces(rule: Rule, order: number): Pieces<void>;
  /** What the rules run so far reported, by cell, then by the rules' order. */
  findings(): Finding[];
}

export function startSubjectCheck(subject: Subject, options: CheckOptions, facts: WorkbookFacts): SubjectCheck {
  // Where each finding is, in arrays beside it: a register's hundreds of thousands of findings need no
  // wrapper object each just to be sorted.
  const found: Finding[] = [];
  const rows: number[] = [];
  const cols: number[] = [];
  const orders: number[] = [];
  // The rule's context; undefined for a rule turned off.
  const contextOf = (rule: Rule, order: number): RuleContext | undefined => {
    const level = options.rules[rule.id];
    if (level === "off") return undefined;
    const report = (r: Report) => {
      const grid: Grid | undefined = subject.grid;
      const located = grid !== undefined && r.row !== undefined && r.col !== undefined;
      const template = rule.messages[r.messageId];
      const data: MessageData = r.data ?? {};
      rows.push(r.row ?? -1);
      cols.push(r.col ?? -1);
      orders.push(order);
      found.push({
        // A level the user set wins over the one the rule picks for the case (as ESLint's does).
        severity: level ?? r.severity ?? rule.severity,
        rule: rule.id,
        name: subject.name,
        sheet: grid?.sheet ?? (subject.kind === "broken-name" || subject.kind === "beyond-limits" ? subject.sheet ?? "" : ""),
        cell: located ? cellAddress(grid, r.row!, r.col!) : subject.kind === "beyond-limits" ? subject.cell : "",
        messageId: r.messageId,
        data,
        message: template ? renderMessage(template, data, options.lang, QUOTE_LIMIT) : r.messageId,
        ...(grid && r.cells && { cells: r.cells.map((c) => cellAddress(grid, c.row, c.col)) }),
      });
    };
    return { options, facts, lang: options.lang, report };
  };
  const run = (rule: Rule, order: number) => {
    const context = contextOf(rule, order);
    if (context) rule.check(subject, context);
  };
  function* runPieces(rule: Rule, order: number): Pieces<void> {
    const context = contextOf(rule, order);
    if (context === undefined) return;
    if (rule.pieces) yield* rule.pieces(subject, context);
    else rule.check(subject, context);
  }
  const findings = () => {
    // A stable sort: findings of one cell and rule keep the order they were reported in.
    const sorted = found.map((_, i) => i);
    sorted.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || orders[a] - orders[b]);
    // One at a time: spreading hundreds of thousands of findings into push overflows the stack.
    const own: Finding[] = [];
    for (const i of sorted) {
      own.push(found[i]);
      if (subject.grid !== undefined && rows[i] >= 0) places.set(found[i], placeKey(sheetRowOf(subject.grid, rows[i]), cols[i] < 0 ? -1 : sheetColOf(subject.grid, cols[i])));
    }
    return own;
  };
  return { run, runPieces, findings };
}

/** Where each finding checkSubject made is (`placeKey`): what a live re-check merges findings by. */
const places = new WeakMap<Finding, number>();

/** Sheet columns past Excel's last one. */
const COLUMNS = 16_385;

/** A number that orders cells as checkSubject orders findings: by sheet row, then column; 0 for no cell. */
export function placeKey(sheetRow: number, sheetCol: number): number {
  return (sheetRow + 1) * COLUMNS + sheetCol + 1;
}

/** The place (`placeKey`) of a finding checkSubject made about a row; undefined for any other. */
export function placeOf(finding: Finding): number | undefined {
  return places.get(finding);
}
