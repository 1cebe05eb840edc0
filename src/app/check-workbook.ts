import { detectTablesPieces, type DetectedTable } from "../core/detect/detect-tables";
import { wordsLookedFor } from "../core/detect/vocabulary";
import type { WorkbookFacts } from "../core/facts";
import type { Finding } from "../core/finding";
import type { Grid } from "../core/grid";
import { KINDS, type TableKind } from "../core/kinds";
import { classifyName } from "../core/names/classify";
import { planReads, type ReadPlan } from "../core/names/plan";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/names/reference";
import type { CheckOptions } from "../core/options";
import type { Subject } from "../core/subject";
import { MARKER_NAMES, sheetOfReference } from "../core/summary/generated-sheets";
import { titleText } from "../core/summary/title";
import { finish, finishPaced, type Pieces } from "../core/pieces";
import { unitLineReads, unitsAbove, type UnitLineRead } from "../core/units/unit-lines";
import type { Pace } from "../core/progress";
import { subjectsOfPieces, validateSubjects, workbookUnit } from "../core/validate";
import { validateSubjectsPaced } from "../core/validate-paced";
import type { RangeRequest, WorkbookOutline, WorkbookSource } from "../workbook/port";

export interface CheckedWorkbook {
  readonly kind: "checked";
  /** Every finding, accepted or not. */
  readonly findings: readonly Finding[];
  readonly facts: WorkbookFacts;
  readonly subjects: readonly Subject[];
  /** The tables found without names, also among the subjects. */
  readonly detected: readonly DetectedTable[];
  /** The sheets, names and tables read, and the ranges planned from them: what a live re-check starts from. */
  readonly outline: WorkbookOutline;
  readonly plan: ReadPlan;
  /** The text at the top of the workbook's first sheet (its title, which may name the department). */
  readonly title?: string;
}

/** The workbook holds none of the names this program reads, and no table was found by its header words. */
export interface NoNames {
  readonly kind: "no-names";
  readonly definedNames: readonly string[];
  /** Per kind, the header words looked for; empty when detection was off. */
  readonly wordsLookedFor: readonly { readonly kind: TableKind; readonly words: readonly string[] }[];
}

/** The tables read and parsed, ready for the rules. */
export interface ReadWorkbook {
  readonly kind: "read";
  readonly subjects: Subject[];
  readonly detected: readonly DetectedTable[];
  readonly outline: WorkbookOutline;
  readonly plan: ReadPlan;
  readonly title?: string;
}

/** Validate, whatever the host: the tables read, then the core's rules over them. */
export async function checkWorkbook(source: WorkbookSource, options: CheckOptions): Promise<CheckedWorkbook | NoNames> {
  const read = await readSubjects(source, options);
  return read.kind === "no-names" ? read : checkSubjects(read, options);
}

export function checkSubjects({ subjects, detected, outline, plan, title }: ReadWorkbook, options: CheckOptions): CheckedWorkbook {
  return { kind: "checked", ...validateSubjects(subjects, options), detected, outline, plan, ...(title !== undefined && { title }) };
}

/** `checkSubjects` with pauses between rules and tables (the pane's, core/validate-paced.ts). */
export async function checkSubjectsPaced({ subjects, detected, outline, plan, title }: ReadWorkbook, options: CheckOptions, pace: Pace): Promise<CheckedWorkbook> {
  return { kind: "checked", ...(await validateSubjectsPaced(subjects, options, pace)), detected, outline, plan, ...(title !== undefined && { title }) };
}

/**
 * Outline, plan, one batched read of every range (and, when some kind is named nowhere, of every sheet's used
 * area, to find its tables by their header words), then the tables parsed. With `pace` (the pane's), the grids
 * are made and the tables found and parsed in pieces (core/pieces.ts), pausing between them.
 */
export async function readSubjects(source: WorkbookSource, options: CheckOptions, pace?: Pace): Promise<ReadWorkbook | NoNames> {
  const outline = await source.outline();
  const plan = planReads(outline.names, outline.sheets, outline.tables);
  const unnamed = options.detect ? kindsNamedNowhere(plan) : [];
  // One batch: the named ranges, the rows above each (a table's `(단위: …)` line stands there), and the sheets
  // to search when some kind is named nowhere.
  const lines = unitLineReads(plan);
  const requests: RangeRequest[] = [...plan.reads, ...lines].map(({ name, rect }) => ({ name, rect }));
  const first = usersSheets(outline)[0];
  if (first !== undefined) requests.push({ name: first, rect: titleRows(first) });
  if (unnamed.length > 0) for (const sheet of usersSheets(outline)) requests.push({ name: sheet, rect: wholeSheet(sheet) });
  const grids = requests.length === 0 ? [] : await source.readRanges(requests, pace);
  const pieces = tablesRead({ outline, plan, unnamed, lines, first }, grids);
  return pace ? finishPaced(pieces, pace, { step: "parse" }) : finish(pieces);
}

/** What `readSubjects` asked the source for, beside the grids it answered with. */
interface Requested {
  readonly outline: WorkbookOutline;
  readonly plan: ReadPlan;
  /** The kinds to find by their header words, on every sheet read whole. */
  readonly unnamed: readonly TableKind[];
  readonly lines: readonly UnitLineRead[];
  /** The sheet whose title rows were read. */
  readonly first: string | undefined;
}

/** The grids read for `readSubjects`, in the order requested, as tables: found by their header words, parsed. */
function* tablesRead({ outline, plan, unnamed, lines, first }: Requested, grids: readonly Grid[]): Pieces<ReadWorkbook | NoNames> {
  const planned = plan.reads.length;
  const titled = planned + lines.length;
  const searched = first === undefined ? titled : titled + 1;
  const workbook = workbookUnit(plan, grids.slice(0, planned));
  const detected = yield* detectTablesPieces(grids.slice(searched), unnamed, plan.reads.map((read) => read.rect), workbook);
  if (plan.reads.length === 0 && plan.broken.length === 0 && detected.length === 0) {
    return {
      kind: "no-names",
      definedNames: outline.names.map((n) => n.name),
      wordsLookedFor: unnamed.map((kind) => ({ kind, words: wordsLookedFor(kind) })),
    };
  }
  const above = unitsAbove(lines, grids.slice(planned, searched), planned);
  const subjects = yield* subjectsOfPieces(plan, grids.slice(0, planned), above, workbook);
  for (const found of detected) subjects.push(found.table);
  const title = first === undefined ? undefined : titleText(grids[titled].values);
  return { kind: "read", subjects, detected, outline, plan, ...(title !== undefined && { title }) };
}

/** Kinds with header words that no defined name (nor a broken one) stands for. */
function kindsNamedNowhere(plan: ReadPlan): TableKind[] {
  const named = new Set<TableKind | null>(plan.reads.map((read) => read.kind));
  for (const broken of plan.broken) named.add(classifyName(broken.name));
  return KINDS.filter((kind) => kind.header !== null && !named.has(kind.id)).map((kind) => kind.id);
}

/** The sheets to search: all but those we wrote (a summary's tables are ours, not the user's to check). */
function usersSheets(outline: WorkbookOutline): string[] {
  const markers = new Set(Object.values(MARKER_NAMES).map((name) => name.toLowerCase()));
  const ours = new Set<string>();
  for (const { name, formula } of outline.names) {
    const sheet = markers.has(name.toLowerCase()) ? sheetOfReference(formula) : undefined;
    if (sheet !== undefined) ours.add(sheet.toLowerCase());
  }
  return outline.sheets.filter((sheet) => !ours.has(sheet.toLowerCase()));
}

/** The rows at the top of a sheet where people type a workbook's title. */
function titleRows(sheet: string) {
  return { sheet, top: 0, left: 0, bottom: TITLE_ROWS - 1, right: TITLE_COLUMNS - 1 };
}

const TITLE_ROWS = 3;
const TITLE_COLUMNS = 10;

/** A sheet's every cell: the adapters hand back its used area. */
function wholeSheet(sheet: string) {
  return { sheet, top: 0, left: 0, bottom: EXCEL_MAX_ROWS - 1, right: EXCEL_MAX_COLUMNS - 1 };
}
