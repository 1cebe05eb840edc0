/**
 * The findings list as the rows a virtual list draws: a heading per range, a subheading per program, the
 * findings, and a row that shows or hides a long section's infos. Ordering and keys are made once per result
 * (`orderFindings`, in pieces: the pane's store gives the thread back between them); a filter or a toggle only
 * picks among rows already made (`listRows`), so neither copies a finding nor changes a key.
 */
import { SEVERITIES, type Finding, type Severity } from "../../core/finding";
import { PIECE_ROWS, type Pieces } from "../../core/pieces";
import type { CheckedRange } from "../host";
import { groupFindings, type FindingGroup } from "./finding-groups";
import { keptPositions } from "./kept-positions";

/** More findings than a 350 px pane shows at once: past this, a section shows its infos only when asked. */
export const SCREENFUL = 15;

export interface RangeRow {
  readonly kind: "range";
  readonly key: string;
  readonly group: FindingGroup<FindingEntry>;
}

export interface ProgramRow {
  readonly kind: "program";
  readonly key: string;
  readonly label: string;
}

export interface FindingEntry {
  readonly kind: "finding";
  /** Rule, sheet and cell (with `#2`, `#3`… for a repeat), the same whatever the filter. */
  readonly key: string;
  readonly finding: Finding;
}

export interface InfoToggleRow {
  readonly kind: "infos";
  readonly key: string;
  /** The section whose infos it shows or hides. */
  readonly section: string;
  readonly count: number;
  readonly expanded: boolean;
}

export type ListRow = RangeRow | ProgramRow | FindingEntry | InfoToggleRow;

/** The findings under one heading, errors first, then warnings, then infos, each in the order found. */
interface Section {
  readonly key: string;
  readonly heading: RangeRow | ProgramRow;
  readonly bySeverity: Readonly<Record<Severity, readonly FindingEntry[]>>;
}

export interface OrderedFindings {
  readonly sections: readonly Section[];
  /** The findings ordered, and the row of each: what the next result's order keeps. */
  readonly findings: readonly Finding[];
  readonly entries: readonly FindingEntry[];
}

/**
 * Groups, orders and keys a result's findings: once per result, pausing every `PIECE_ROWS` findings. With
 * `before`, the order of the result shown before (a live re-check keeps the findings it did not touch, the
 * same objects), each of those keeps its row and key: a key is made only for what is new.
 */
export function* orderFindings(findings: readonly Finding[], ranges: readonly CheckedRange[], before?: OrderedFindings): Pieces<OrderedFindings> {
  const keys = new KeyMaker();
  const entries = yield* rowsOf(findings, keys, before);
  const sections: Section[] = [];
  for (const group of groupFindings(entries, ranges, (entry) => entry.finding)) {
    const rangeKey = keys.make(`range:${group.name}`);
    const heading: RangeRow = { kind: "range", key: rangeKey, group };
    sections.push({ key: rangeKey, heading, bySeverity: bySeverity(group.findings) });
    for (const program of group.programs) {
      const key = keys.make(`program:${group.name}:${program.label}`);
      sections.push({ key, heading: { kind: "program", key, label: program.label }, bySeverity: bySeverity(program.findings) });
    }
  }
  return { sections, findings, entries };
}

/**
 * The rows to draw for a filter (the pressed severities; none pressed shows all) and the sections whose infos
 * the user opened. With no filter, a section holding more than a screenful keeps its infos behind a toggle row;
 * a filter that names infos shows them. A range whose sections all filter out leaves no heading behind.
 */
export function listRows(ordered: OrderedFindings, filter: readonly Severity[], expanded: ReadonlySet<string>): ListRow[] {
  const rows: ListRow[] = [];
  const shown = SEVERITIES.filter((severity) => filter.length === 0 || filter.includes(severity));
  let pendingRange: RangeRow | undefined;
  for (const { key, heading, bySeverity } of ordered.sections) {
    if (heading.kind === "range") pendingRange = heading;
    const total = shown.reduce((sum, severity) => sum + bySeverity[severity].length, 0);
    if (total === 0) continue;
    if (pendingRange) rows.push(pendingRange);
    if (heading.kind === "program") rows.push(heading);
    pendingRange = undefined;
    const infos = bySeverity.info;
    const collapsible = filter.length === 0 && total > SCREENFUL && infos.length > 0;
    for (const severity of shown) {
      if (severity === "info" && collapsible) {
        const open = expanded.has(key);
        rows.push({ kind: "infos", key: `infos:${key}`, section: key, count: infos.length, expanded: open });
        if (!open) continue;
      }
      pushAll(rows, bySeverity[severity]);
    }
  }
  return rows;
}

/** A section's rows by severity: a push each, a millisecond for tens of thousands, so not in pieces. */
function bySeverity(entries: readonly FindingEntry[]): Section["bySeverity"] {
  const sorted: Record<Severity, FindingEntry[]> = { error: [], warning: [], info: [] };
  for (const entry of entries) sorted[entry.finding.severity].push(entry);
  return sorted;
}

/**
 * The row of each finding: the row before for a finding `before` listed, a new row for the others, keyed apart
 * from the rows kept (those at the cell of a new finding are the only ones a new key could meet).
 */
function* rowsOf(findings: readonly Finding[], keys: KeyMaker, before: OrderedFindings | undefined): Pieces<FindingEntry[]> {
  const at = before ? keptPositions(before.findings, findings) : new Int32Array(findings.length).fill(-1);
  const kept = at.reduce((n, k) => (k >= 0 ? n + 1 : n), 0);
  if (before && kept > 0 && kept < findings.length) {
    const cells = new Set<string>();
    for (let j = 0; j < findings.length; j++) if (at[j] < 0) cells.add(findings[j].cell);
    for (const k of at) if (k >= 0 && cells.has(before.entries[k].finding.cell)) keys.reserve(before.entries[k].key);
    yield;
  }
  const entries: FindingEntry[] = [];
  for (let j = 0; j < findings.length; j++) {
    const finding = findings[j];
    entries.push(before && at[j] >= 0 ? before.entries[at[j]] : { kind: "finding", key: keys.make(`${finding.rule}|${finding.sheet}!${finding.cell}`), finding });
    if ((j + 1) % PIECE_ROWS === 0) yield;
  }
  return entries;
}

/** Pushes one by one: a spread of tens of thousands of arguments can overflow the stack. */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Keys unique within a result: a repeat of the same base (two findings of one rule at one cell) gets `#2`, `#3`… */
class KeyMaker {
  private readonly used = new Set<string>();
  /** The suffix to try next for a base met more than once. */
  private readonly next = new Map<string, number>();

  /** A key a kept row holds: no key made is the same. */
  reserve(key: string): void {
    this.used.add(key);
  }

  make(base: string): string {
    let key = base;
    for (let n = this.next.get(base) ?? 2; this.used.has(key); n++) {
      key = `${base}#${n}`;
      this.next.set(base, n + 1);
    }
    this.used.add(key);
    return key;
  }
}

/** Whether the keyboard stops at a row: findings and the infos toggle do, headings are read but skipped. */
export function isFocusable(row: ListRow): row is FindingEntry | InfoToggleRow {
  return row.kind === "finding" || row.kind === "infos";
}

/**
 * The row to keep focus on after the rows change (a new result, a filter): the same key if it is still listed,
 * else the first focusable row after where it was, else the last before it; `undefined` in an empty list.
 */
export function followKey(previous: readonly ListRow[], next: readonly ListRow[], key: string | undefined): string | undefined {
  const nextKeys = new Set<string>();
  for (const row of next) if (isFocusable(row)) nextKeys.add(row.key);
  if (key !== undefined && nextKeys.has(key)) return key;
  const at = previous.findIndex((row) => row.key === key);
  if (at >= 0) {
    for (let i = at + 1; i < previous.length; i++) if (nextKeys.has(previous[i].key)) return previous[i].key;
    for (let i = at - 1; i >= 0; i--) if (nextKeys.has(previous[i].key)) return previous[i].key;
  }
  return next.find(isFocusable)?.key;
}
