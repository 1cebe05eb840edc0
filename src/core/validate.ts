import { gatherFacts, type WorkbookFacts } from "./facts";
import type { Finding, MessageData } from "./finding";
import type { Grid } from "./grid";
import { gridRowAtOrBefore } from "./grid-axes";
import { checkSubject } from "./check-subject";
import { spreadMergedLabels } from "./grid-merges";
import { parseTablePieces } from "./kinds/parse";
import { QUOTE_LIMIT, renderMessage } from "./messages";
import type { PlannedRead, ReadPlan } from "./names/plan";
import type { CheckOptions } from "./options";
import type { Rule } from "./rule";
import { RULES } from "./rules";
import { originalOf, parseOnce, renamedFinding } from "./same-table";
import { tablesOf, type SheetBeyondLimits, type Subject } from "./subject";
import { finish, type Pieces } from "./pieces";
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
 * (`unitsAbove`, by the plan's index), else `workbook`: the `단위` cell's unit, else 천원, assumed (given by a caller
 * that needed it already).
 */
export function subjectsOf(
  plan: ReadPlan,
  grids: readonly Grid[],
  unitsAbove: readonly (MoneyUnit | undefined)[] = [],
  workbook: TableUnit = workbookUnit(plan, grids),
): Subject[] {
  return finish(subjectsOfPieces(plan, grids, unitsAbove, workbook));
}

/** `subjectsOf` in pieces (core/pieces.ts): pausing between tables and within a long register. */
export function* subjectsOfPieces(
  plan: ReadPlan,
  grids: readonly Grid[],
  unitsAbove: readonly (MoneyUnit | undefined)[],
  workbook: TableUnit,
): Pieces<Subject[]> {
  const around = (i: number): TableUnit => {
    const above = unitsAbove[i];
    return above ? { unit: above, source: "above" } : workbook;
  };
  const parse = parseOnce((kind, grid, unit) => parseTablePieces(kind, spreadMergedLabels(grid), unit));
  const tables: Subject[] = [];
  for (const [i, read] of plan.reads.entries()) {
    tables.push(yield* parse(read.kind, withTotalsRow(grids[i], read), around(i)));
    // A pause between tables: a workbook of many small tables is as many pieces.
    yield;
  }
  return [...plan.broken, ...tables, ...sheetsBeyondLimits(grids)];
}

/** Each sheet whose grids say it holds cells or merged areas past Excel's limits, once, in the order first read. */
function sheetsBeyondLimits(grids: readonly Grid[]): SheetBeyondLimits[] {
  const sheets = new Map<string, SheetBeyondLimits>();
  for (const { sheet, beyondLimits: beyond } of grids) {
    if (beyond === undefined || sheets.has(sheet)) continue;
    const cell = /^\$?[A-Za-z]+\$?\d+$/.test(beyond.first) ? beyond.first.replace(/\$/g, "").toUpperCase() : "";
    sheets.set(sheet, { kind: "beyond-limits", name: "", sheet, beyond, cell });
  }
  return [...sheets.values()];
}

/** The grid with its Excel table's totals row marked, in the grid's own rows. */
function withTotalsRow(grid: Grid, read: PlannedRead): Grid {
  return read.totalsRow === undefined ? grid : { ...grid, totalsRow: gridRowAtOrBefore(grid, read.totalsRow) };
}

/**
 * What the workbook says of money outside its tables, for a table with no unit of its own nor a line above it:
 * its `Unit`/`단위` cell (read for `plan`, in `grids`), else 천원, assumed.
 */
export function workbookUnit(plan: ReadPlan, grids: readonly Grid[]): TableUnit {
  const named = namedUnit(plan.reads.flatMap((read, i) => (read.kind === "unit" ? [grids[i]] : [])));
  return named ? { unit: named, source: "named" } : ASSUMED_UNIT;
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
 * Checks every subject (check-subject.ts) and collects what the rules report, in the order of the subjects. A subject that is a renamed copy
 * of an earlier one (same-table.ts) takes the earlier one's findings, renamed, without checking again.
 */
export function validateSubjects(
  subjects: readonly Subject[],
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): Validation {
  const facts = gatherFacts(tablesOf(subjects, "asOf"), tablesOf(subjects, "usefulLife"), options);
  const findings: Finding[] = [];
  const copies = copiedFindings(options, rules);
  for (const subject of subjects) {
    const copied = copies.of(subject);
    const own = copied ?? checkSubject(subject, rules, options, facts);
    for (const finding of own) findings.push(finding);
    if (!copied) copies.checked(subject, own);
  }
  return { findings, facts, subjects };
}

/** The subjects checked so far and their findings, for the renamed copies that follow them. */
export interface CopiedFindings {
  /** A renamed copy's findings (its original's, renamed); undefined for a subject to check. */
  of(subject: Subject): Finding[] | undefined;
  checked(subject: Subject, own: readonly Finding[]): void;
}

export function copiedFindings(options: CheckOptions, rules: readonly Rule[]): CopiedFindings {
  const findingsOf = new Map<Subject, readonly Finding[]>();
  const templates = new Map(rules.map((rule) => [rule.id, rule.messages]));
  return {
    of(subject) {
      const original = originalOf(subject);
      const earlier = original && findingsOf.get(original);
      if (!original || !earlier) return undefined;
      const copied: Finding[] = [];
      for (const finding of earlier) {
        const template = templates.get(finding.rule)?.[finding.messageId];
        const render = (data: MessageData) => (template ? renderMessage(template, data, options.lang, QUOTE_LIMIT) : finding.messageId);
        copied.push(renamedFinding(finding, original.name, subject.name, render));
      }
      return copied;
    },
    checked: (subject, own) => void findingsOf.set(subject, own),
  };
}
