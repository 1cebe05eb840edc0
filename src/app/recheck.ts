/**
 * The pane's live re-check: after the user edited cells, re-read and re-check only the ranges the edits touched,
 * and put their findings in place of the ones they had; every other range's findings stay as they were, the same
 * objects. Edits that meet no checked range cost no round trip. Otherwise one outline read tells whether the
 * ranges changed (a name redefined, a sheet renamed: then the caller validates the whole workbook, as Validate
 * does), and one batched read brings the touched ranges, with their unit lines and the workbook's `단위` cell.
 */
import type { Finding } from "../core/finding";
import { pushInto } from "../core/group";
import { samePlan, touchedRanges, type EditedArea } from "../core/live/touched-ranges";
import { planReads, type PlannedRead, type ReadPlan } from "../core/names/plan";
import { applyRecord } from "../core/stamp/record";
import type { Subject } from "../core/subject";
import { rangeUnits } from "../core/units/range-units";
import { unitLineReads, unitsAbove } from "../core/units/unit-lines";
import { subjectsOf, validateSubjects } from "../core/validate";
import type { Grid } from "../core/grid";
import type { SheetEdit, WorkbookSource } from "../workbook/port";
import type { Validated } from "./validate";

export type Recheck =
  /** No checked range was touched. */
  | { readonly kind: "none" }
  /** Ranges moved, names changed, or a range every table reads was edited: validate the whole workbook. */
  | { readonly kind: "revalidate" }
  /** The touched ranges, by name, checked again in `validated`. */
  | { readonly kind: "rechecked"; readonly names: readonly string[]; readonly validated: Validated };

/** The reads of a re-check, and how the grids they bring become the new validation. */
interface RecheckPlan {
  readonly requests: readonly { readonly name: string; readonly rect: PlannedRead["rect"] }[];
  /** Turns the grids read (in `requests`' order) into the validation with the touched ranges checked again. */
  settle(grids: readonly Grid[]): Validated;
}

export async function recheckEdits(workbook: WorkbookSource, previous: Validated, edits: readonly SheetEdit[]): Promise<Recheck> {
  const { outline, plan, detected } = previous.check;
  // Sheets keep their ids through renames; a sheet added since holds no checked range.
  const sheetOf = new Map((outline.sheetIds ?? []).map((id, i) => [id, outline.sheets[i]]));
  const areas: EditedArea[] = [];
  for (const { sheetId, address, moved } of edits) {
    const sheet = sheetOf.get(sheetId);
    if (sheet !== undefined) areas.push({ sheet, address, moved });
  }
  const touched = touchedRanges(plan, detected.map((found) => found.rect), areas);
  if (touched.kind !== "ranges") return touched;
  // Whether the ranges changed since (a name redefined, a table grown, a sheet renamed): then all is read again.
  const now = await workbook.outline();
  if (!samePlan(planReads(now.names, now.sheets, now.tables), plan)) return { kind: "revalidate" };
  const recheck = planRecheck(previous, touched.reads);
  const grids = await workbook.readRanges(recheck.requests);
  return { kind: "rechecked", names: touched.reads.map((read) => read.name), validated: recheck.settle(grids) };
}

/**
 * What re-checking these ranges reads: each range and the rows above it, and the workbook's `단위` cell; then
 * the core on them alone, beside the as-of date and useful lives of the last validation (the facts every
 * check reads, which an edit of theirs would have sent to a whole validation instead).
 */
function planRecheck(previous: Validated, reads: readonly PlannedRead[]): RecheckPlan {
  const { check, options, record } = previous;
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
      const subjects = replaced(check.subjects, fresh);
      const findings = inSubjectOrder(subjects, check.findings, found, names);
      return { ...previous, check: { ...check, subjects, findings }, units: rangeUnits(subjects), split: applyRecord(findings, record) };
    },
  };
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
