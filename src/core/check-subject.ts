import type { WorkbookFacts } from "./facts";
import type { Finding, MessageData } from "./finding";
import type { Grid } from "./grid";
import { cellAddress, sheetColOf, sheetRowOf } from "./grid-axes";
import { QUOTE_LIMIT, renderMessage } from "./messages";
import type { CheckOptions } from "./options";
import type { Report, Rule, RuleContext } from "./rule";
import type { Subject } from "./subject";
import { rowSpans } from "./row-spans";
import { finish, type Pieces } from "./pieces";
import { OwnedCache } from "./owned-cache";

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
  /** `findings` in pieces of `PIECE_ROWS` findings or so. */
  findingPieces(): Pieces<Finding[]>;
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
  function* findingPieces(): Pieces<Finding[]> {
    const sorted = yield* byPlace(rows, cols, orders);
    const own: Finding[] = [];
    const { grid } = subject;
    yield* rowSpans(sorted.length, (from, to) => pushPlaced(own, found, sorted, rows, cols, grid, from, to));
    return own;
  }
  const findings = () => finish(findingPieces());
  return { run, runPieces, findings, findingPieces };
}

/**
 * The indexes of findings in checkSubject's order: by grid row (-1 for none), then column, then the rules'
 * order, and as reported among equals. Counted into their rows first (a stable counting sort, linear in the
 * findings and the rows, taken in spans), then each row's few sorted by column and rule.
 */
function* byPlace(rows: readonly number[], cols: readonly number[], orders: readonly number[]): Pieces<Int32Array> {
  const n = rows.length;
  let low = 0;
  let high = -1;
  for (let i = 0; i < n; i++) {
    if (rows[i] < low) low = rows[i];
    if (rows[i] > high) high = rows[i];
  }
  // starts[r - low]: where row r's findings go; each moves on as they are placed.
  const starts = new Int32Array(Math.max(high - low + 2, 1));
  for (let i = 0; i < n; i++) starts[rows[i] - low + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const sorted = new Int32Array(n);
  yield* rowSpans(n, (from, to) => placeByRow(sorted, starts, rows, low, from, to));
  yield;
  const next = { run: 0 };
  yield* rowSpans(n, (from, to) => sortRows(sorted, next, rows, cols, orders, from, to));
  return sorted;
}

// The spans' work in module-level functions: V8 optimises them, not closures over a generator's variables.

/** Findings `from` to `to - 1` put where their rows' go (`starts`, moved on as they are). */
function placeByRow(sorted: Int32Array, starts: Int32Array, rows: readonly number[], low: number, from: number, to: number): void {
  for (let i = from; i < to; i++) sorted[starts[rows[i] - low]++] = i;
}

/** Sorts each row's run of `sorted` that starts at `from` to `to - 1` (from `next.run` on, where the last ended). */
function sortRows(sorted: Int32Array, next: { run: number }, rows: readonly number[], cols: readonly number[], orders: readonly number[], from: number, to: number): void {
  const n = sorted.length;
  for (let k = Math.max(from, next.run); k < to; k = next.run) {
    let run = k + 1;
    while (run < n && rows[sorted[run]] === rows[sorted[k]]) run++;
    if (run - k > 1) sortRun(sorted, k, run, cols, orders);
    next.run = run;
  }
}

/** Pushes the findings at `sorted[from..to)` onto `own`, noting where each is for the live re-check. */
function pushPlaced(own: Finding[], found: readonly Finding[], sorted: Int32Array, rows: readonly number[], cols: readonly number[], grid: Grid | undefined, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const i = sorted[k];
    own.push(found[i]);
    if (grid !== undefined && rows[i] >= 0) places.set(found[i], placeKey(sheetRowOf(grid, rows[i]), cols[i] < 0 ? -1 : sheetColOf(grid, cols[i])));
  }
}

/** Sorts `sorted[from..to)` by column, then rule, stably: a row's few in place, a long run (findings of no cell) by Array's sort. */
function sortRun(sorted: Int32Array, from: number, to: number, cols: readonly number[], orders: readonly number[]): void {
  const after = (a: number, b: number) => cols[a] - cols[b] || orders[a] - orders[b];
  if (to - from > 16) {
    sorted.set(Array.from(sorted.subarray(from, to)).sort(after), from);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const i = sorted[k];
    let j = k - 1;
    for (; j >= from && after(sorted[j], i) > 0; j--) sorted[j + 1] = sorted[j];
    sorted[j + 1] = i;
  }
}

/** Where each finding checkSubject made is (`placeKey`): what a live re-check merges findings by. */
const places = new OwnedCache<Finding, number>("place");

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
