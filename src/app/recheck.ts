/**
 * The pane's live re-check: after the user edited cells, re-read and re-check only the ranges the edits touched,
 * and put their findings in place of the ones they had; every other range's findings stay as they were, the same
 * objects. Edits that meet no checked range, where no range's formulas read cells outside it, cost no round
 * trip. Otherwise one outline read tells whether the ranges changed (a name redefined, a sheet renamed: then
 * the caller validates the whole workbook, as Validate does), and one batched read brings the touched ranges,
 * with their unit lines and the workbook's `단위` cell.
 * Where the edits changed only data rows of a register, that read brings those rows alone and only they are
 * checked again (with what looks across rows: duplicate ids, the `-`/`△` info), a few kilobytes of 100,000 rows.
 * Ranges whose formulas read cells outside them (outward-ranges.ts) are read again after any edit, wherever it
 * landed, since Excel reports only the edited cells: a register's rows holding such formulas, a small range whole.
 */
import type { Finding } from "../core/finding";
import { pushInto } from "../core/group";
import type { Table } from "../core/kinds";
import { rowsToRead, type RowsRead } from "../core/live/partial-read";
import { recheckRows, type RowRead } from "../core/live/recheck-rows";
import { outwardRanges } from "../core/live/outward-ranges";
import { editedRects, samePlan, touchedRanges, type EditedArea } from "../core/live/touched-ranges";
import type { SheetRect } from "../core/names/reference";
import { RULES } from "../core/rules";
import { originalOf } from "../core/same-table";
import { planReads, type PlannedRead, type ReadPlan } from "../core/names/plan";
import { applyRecord } from "../core/stamp/record";
import type { Subject } from "../core/subject";
import { rangeUnits } from "../core/units/range-units";
import { unitLineReads, unitsAbove } from "../core/units/unit-lines";
import { subjectsOf, validateSubjects } from "../core/validate";
import type { CellValue, Grid } from "../core/grid";
import type { SheetEdit, WorkbookSource } from "../workbook/port";
import type { Validated } from "./validate";

export type Recheck =
  /** No checked range was touched, and none holds formulas reading cells outside it. */
  | { readonly kind: "none" }
  /** Ranges moved, names changed, or a range every table reads was edited: validate the whole workbook. */
  | { readonly kind: "revalidate" }
  /**
   * Ranges checked again in `validated`; `names` those the edits changed: the ranges they met, and the ranges
   * whose formulas read cells outside them where a value or formula read now differs.
   */
  | { readonly kind: "rechecked"; readonly names: readonly string[]; readonly validated: Validated };

type ReadRequest = { readonly name: string; readonly rect: PlannedRead["rect"] };

/** Ranges checked again: their subjects as read now, and all their findings. */
interface Rechecked {
  readonly fresh: readonly Subject[];
  readonly found: readonly Finding[];
}

/** The reads of a re-check, and how the grids they bring (in `requests`' order) become the ranges checked again. */
interface RecheckPlan {
  readonly requests: readonly ReadRequest[];
  settle(grids: readonly Grid[]): Rechecked;
}

export async function recheckEdits(workbook: WorkbookSource, previous: Validated, edits: readonly SheetEdit[]): Promise<Recheck> {
  const { check } = previous;
  const { outline, plan, detected } = check;
  // Sheets keep their ids through renames; a sheet added since holds no checked range.
  const sheetOf = new Map((outline.sheetIds ?? []).map((id, i) => [id, outline.sheets[i]]));
  const areas: EditedArea[] = [];
  for (const { sheetId, address, moved } of edits) {
    const sheet = sheetOf.get(sheetId);
    if (sheet !== undefined) areas.push({ sheet, address, moved });
  }
  const touched = touchedRanges(plan, detected.map((found) => found.rect), areas);
  if (touched.kind === "revalidate") return touched;
  // Ranges whose formulas read cells outside them may have changed with any edit, wherever it landed.
  const outward = outwardRanges(plan, check.subjects, detected);
  if (outward.kind === "revalidate") return outward;
  const met = new Set(touched.kind === "ranges" ? touched.reads : []);
  const reads = plan.reads.filter((read) => met.has(read) || (outward.kind === "ranges" && outward.reads.includes(read)));
  if (reads.length === 0) return { kind: "none" };
  // Whether the ranges changed since (a name redefined, a table grown, a sheet renamed): then all is read again.
  const now = await workbook.outline();
  if (!samePlan(planReads(now.names, now.sheets, now.tables), plan)) return { kind: "revalidate" };
  const validated = await reread(workbook, previous, reads, areas);
  // A range read only for its outward formulas changed if what it holds did: else the stamp still vouches for it.
  const changed = reads.filter((read) => met.has(read) || subjectChanged(check.subjects, validated.check.subjects, read.name));
  return { kind: "rechecked", names: changed.map((read) => read.name), validated };
}

/**
 * The ranges read again and checked, in one batched read: the edited rows of registers alone where that can be
 * trusted, the other ranges whole. If what comes back shows a register changed more than its rows, all of
 * them are read whole.
 */
async function reread(workbook: WorkbookSource, previous: Validated, reads: readonly PlannedRead[], areas: readonly EditedArea[]): Promise<Validated> {
  const names = new Set(reads.map((read) => read.name));
  const rows = planRowRecheck(previous, reads, areas);
  if (rows.names.size > 0) {
    const rest = reads.filter((read) => !rows.names.has(read.name));
    const whole = rest.length > 0 ? planRecheck(previous, rest) : undefined;
    const grids = await workbook.readRanges([...rows.requests, ...(whole?.requests ?? [])]);
    const partial = rows.settle(grids.slice(0, rows.requests.length));
    if (partial !== null) {
      const others = whole?.settle(grids.slice(rows.requests.length));
      return settled(previous, [...partial.fresh, ...(others?.fresh ?? [])], [...partial.found, ...(others?.found ?? [])], names);
    }
  }
  const whole = planRecheck(previous, reads);
  const { fresh, found } = whole.settle(await workbook.readRanges(whole.requests));
  return settled(previous, fresh, found, names);
}

/** Whether the range's cells read now differ from the last validation's: values or formulas, row by row. */
function subjectChanged(before: readonly Subject[], after: readonly Subject[], name: string): boolean {
  const gridOf = (subjects: readonly Subject[]) => subjects.find((subject) => subject.name === name)?.grid;
  const [a, b] = [gridOf(before), gridOf(after)];
  if (a === undefined || b === undefined) return a !== b;
  if (a.top !== b.top || a.left !== b.left) return true;
  return !sameRows(a.values, b.values) || !sameRows(a.formulas ?? [], b.formulas ?? []);
}

/** Rows a re-check did not read are the same arrays: only the rows read are compared cell by cell. */
function sameRows(a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[]): boolean {
  return a.length === b.length && a.every((row, r) => row === b[r] || (row.length === b[r].length && row.every((cell, c) => sameCell(cell, b[r][c]))));
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && a !== null && b !== null && a.error === b.error);
}

/** One table's edited rows to read (partial-read.ts). */
interface TableRows {
  readonly subject: Table;
  readonly read: RowsRead;
}

/**
 * Reading only the edited rows of the ranges, and re-checking those rows alone (recheck-rows.ts): each range
 * that is a table whose kind reads its rows one by one, edited below its header, and not another name's copy
 * (`names`); the others are left to a whole read. `settle` answers null when the rows read do not fit the table
 * (its used area shrank or grew, a merged area came), and the ranges are then read whole.
 */
function planRowRecheck(previous: Validated, reads: readonly PlannedRead[], areas: readonly EditedArea[]): RowRecheckPlan {
  const { check } = previous;
  const edited = areas.flatMap(({ sheet, address }) => editedRects(sheet, address));
  const lines = unitLineReads(check.plan);
  const tables: TableRows[] = [];
  for (const read of reads) {
    const subjects = check.subjects.filter((subject) => subject.name === read.name);
    const subject = subjects[0];
    if (subjects.length !== 1 || originalOf(subject) !== undefined) continue;
    const line = lines.find((l) => check.plan.reads[l.of] === read);
    const rows = rowsToRead(subject, line ? [read.rect, line.rect] : [read.rect], edited);
    if (rows !== null) tables.push({ subject: subject as Table, read: rows });
  }
  return {
    names: new Set(tables.map(({ subject }) => subject.name)),
    requests: tables.flatMap(({ subject, read }) => read.rects.map((rect) => ({ name: subject.name, rect }))),
    settle(grids) {
      let at = 0;
      const fresh: Subject[] = [];
      const found: Finding[] = [];
      for (const { subject, read } of tables) {
        const changed = rowsRead(subject.grid, read.rects, grids.slice(at, (at += read.rects.length)));
        const before = check.findings.filter((finding) => finding.name === subject.name);
        const rechecked = changed && recheckRows(subject, before, changed, RULES, previous.options, check.facts);
        if (!rechecked) return null;
        fresh.push(rechecked.table);
        for (const finding of rechecked.findings) found.push(finding);
      }
      return { fresh, found };
    },
  };
}

interface RowRecheckPlan {
  /** The ranges whose rows alone are read. */
  readonly names: ReadonlySet<string>;
  readonly requests: readonly ReadRequest[];
  settle(grids: readonly Grid[]): Rechecked | null;
}

/** The rows read, by the table's grid row; null when a read is not the rows asked for, as a dense grid of their width. */
function rowsRead(grid: Grid, rects: readonly SheetRect[], grids: readonly Grid[]): Map<number, RowRead> | null {
  const changed = new Map<number, RowRead>();
  for (const [i, rect] of rects.entries()) {
    const read = grids[i];
    const fits = read.top === rect.top && read.left === rect.left && read.values.length === rect.bottom - rect.top + 1;
    if (!fits || read.sheetRows || read.sheetCols || (read.merges?.length ?? 0) > 0) return null;
    read.values.forEach((values, r) => {
      changed.set(rect.top - grid.top + r, { values, numberFormats: read.numberFormats?.[r], formulas: read.formulas?.[r] });
    });
  }
  return changed;
}

/**
 * What re-checking these ranges reads: each range and the rows above it, and the workbook's `단위` cell; then
 * the core on them alone, beside the as-of date and useful lives of the last validation (the facts every
 * check reads, which an edit of theirs would have sent to a whole validation instead).
 */
function planRecheck(previous: Validated, reads: readonly PlannedRead[]): RecheckPlan {
  const { check, options } = previous;
  const unitCells = check.plan.reads.filter((read) => read.kind === "unit");
  const plan: ReadPlan = { reads: [...unitCells, ...reads], broken: [] };
  const lines = unitLineReads(plan);
  const requests = [...plan.reads, ...lines].map(({ name, rect }) => ({ name, rect }));
  return {
    requests,
    settle(grids) {
      const planned = plan.reads.length;
      const fresh = subjectsOf(plan, grids.slice(0, planned), unitsAbove(lines, grids.slice(planned), planned)).slice(unitCells.length);
      const names = new Set(reads.map((read) => read.name));
      const facts = check.subjects.filter((subject) => subject.kind === "asOf" || subject.kind === "usefulLife");
      const found = validateSubjects([...facts, ...fresh], options).findings.filter((finding) => names.has(finding.name));
      return { fresh, found };
    },
  };
}

/** The last validation with the tables re-read in their places, and the findings of the ranges `names` replaced by `found`. */
function settled(previous: Validated, fresh: readonly Subject[], found: readonly Finding[], names: ReadonlySet<string>): Validated {
  const { check, record } = previous;
  const subjects = replaced(check.subjects, fresh);
  const findings = inSubjectOrder(subjects, check.findings, found, names);
  return { ...previous, check: { ...check, subjects, findings }, units: rangeUnits(subjects), split: applyRecord(findings, record) };
}

/** The subjects with each re-read one in its old place. */
function replaced(subjects: readonly Subject[], fresh: readonly Subject[]): Subject[] {
  const byName = new Map(fresh.map((subject) => [subject.name, subject]));
  return subjects.map((subject) => byName.get(subject.name) ?? subject);
}

/** Findings in the subjects' order, as validation lists them: the re-checked ranges' new ones, the others' as they were. */
function inSubjectOrder(subjects: readonly Subject[], before: readonly Finding[], found: readonly Finding[], names: ReadonlySet<string>): Finding[] {
  const byName = new Map<string, Finding[]>();
  for (const finding of before) if (!names.has(finding.name)) pushInto(byName, finding.name, finding);
  for (const finding of found) pushInto(byName, finding.name, finding);
  const findings: Finding[] = [];
  for (const subject of subjects) {
    for (const finding of byName.get(subject.name) ?? []) findings.push(finding);
    byName.delete(subject.name);
  }
  return findings;
}
