import type { WorkbookFacts } from "../facts";
import { countBySeverity, type Finding, type Lang } from "../finding";
import { KINDS, type Table, type TableKind } from "../kinds";
import type { RuleOverride } from "../rule-config";
import type { AcceptedFinding } from "../stamp/acceptance";
import type { Stamp, StampComparison } from "../stamp/stamp";
import { tablesOf, type Subject } from "../subject";
import { formatIsoDate } from "../values/dates";
import { SUMMARY_LABELS } from "./labels";
import { writeSectionHeading, type CompanionSheet, type SectionContext, type SummarySection } from "./section";
import { mainTables } from "./division";
import { findingsSection } from "./sections/findings";
import { MAX_APPROVALS, singleTitleBlock, writeTitleBlock, type HeaderFacts, type TitleBlock } from "./sections/header";
import { DEFAULT_APPROVALS, summaryTitle } from "./title";
import { classifyName } from "../names/classify";
import { writeStampLine } from "./sections/record";
import { writeAccepted } from "./sections/finding-list";
import { writeRuleSettingsLine } from "./sections/rule-settings";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SummaryBook } from "./sheet-spec";
import { finish, finishPaced, type Pieces } from "../pieces";
import type { Pace } from "../progress";

export interface SummaryInput {
  readonly subjects: readonly Subject[];
  /** The open findings: an accepted one goes in `accepted` instead. */
  readonly findings: readonly Finding[];
  readonly accepted?: readonly AcceptedFinding[];
  /** The workbook's validation stamp, printed with whether today's data still matches it (compared by the caller). */
  readonly stamp?: { readonly stamp: Stamp; readonly comparison: StampComparison } | null;
  /** The rules the validation set away from their defaults; none: every rule at its default. */
  readonly rules?: readonly RuleOverride[];
  readonly facts: WorkbookFacts;
  readonly dueWithinMonths: number;
  readonly lang: Lang;
  readonly fileName: string;
  /** When the summary was made, as the shell formats its clock (`2026-11-25 15:20`). */
  readonly generatedAt: string;
  /** The text at the top of the workbook's first sheet, which may name the department. */
  readonly title?: string;
  /** The department set in the pane or with `--department`, for a workbook that names none. */
  readonly department?: string;
  /** The 결재란's roles, left to right; empty for none; the language's 담당 · 팀장 · 과장 when absent. */
  readonly approvals?: readonly string[];
}

/** The kinds' sections, in the registry's order: each lists the tables of its kind. */
const KIND_SECTIONS = KINDS.flatMap((kind): { kind: TableKind; section: SummarySection<Table> }[] =>
  kind.summary ? [{ kind: kind.id, section: kind.summary }] : [],
);

/** The summary sheet and, for long lists, its companion sheets: a pure function of the validation. */
export function buildSummary(input: SummaryInput): SummaryBook {
  return finish(summaryPieces(input));
}

/** `buildSummary` for the pane: the same book, with a pause between sections and within the long lists. */
export function buildSummaryPaced(input: SummaryInput, pace: Pace): Promise<SummaryBook> {
  return finishPaced(summaryPieces(input), pace, { step: "summary" });
}

function* summaryPieces(input: SummaryInput): Pieces<SummaryBook> {
  const { lang } = input;
  const header: HeaderFacts = {
    title: summaryTitle(input.subjects, input.facts, input.title, input.department),
    asOf: formatIsoDate(input.facts.asOf),
    asOfSource: input.facts.asOfSource,
    generatedAt: input.generatedAt,
    fileName: input.fileName,
    counts: countBySeverity(input.findings),
  };
  const context: Omit<SectionContext, "unit" | "lead"> = { facts: input.facts, dueWithinMonths: input.dueWithinMonths };
  const companions: CompanionSheet[] = [];
  const keep = (companion: CompanionSheet | null) => {
    if (companion) companions.push(companion);
  };

  const b = new SheetBuilder(lang);
  const block = singleTitleBlock(b, header);
  const headerRows = writeTitleBlock(b, block, (input.approvals ?? DEFAULT_APPROVALS[lang]).slice(0, MAX_APPROVALS));
  if (input.stamp) writeStampLine(b, input.stamp.stamp, input.stamp.comparison);
  writeRuleSettingsLine(b, input.rules ?? []);
  b.skip();
  for (const [i, { kind, section }] of KIND_SECTIONS.entries()) {
    yield;
    const tables = tablesOf(input.subjects, kind);
    const unit = section.unit?.(tables) ?? null;
    writeSectionHeading(b, i + 1, section.heading, unit);
    const unread = unreadErrors(input.subjects, input.findings, kind);
    if (unread !== null) b.line(b.t("readFailed", { count: unread }), "note");
    const lead = new Set<object>(mainTables(tables));
    const sectionContext = { ...context, unit, lead };
    if (tables.length > 0 || unread === null) {
      keep(section.writePieces ? yield* section.writePieces(b, tables, sectionContext) : section.write(b, tables, sectionContext));
    }
  }
  yield;
  writeSectionHeading(b, KIND_SECTIONS.length + 1, findingsSection.heading, null);
  keep(findingsSection.write(b, input.findings, { ...context, unit: null, lead: new Set() }));
  writeAccepted(b, input.accepted ?? []);
  const sheets: SheetSpec[] = [b.build(SUMMARY_LABELS.summarySheet[lang], "summary", headerRows, 1)];
  for (const companion of companions) {
    yield;
    sheets.push(yield* companionSheetPieces(lang, block, companion));
  }
  return { sheets };
}

/**
 * A long list's own sheet, under the summary's title block without the 결재란 (it is signed on the summary):
 * the block and the list's column headings frozen, and printed again on every page.
 */
export function companionSheet(lang: Lang, block: TitleBlock, companion: CompanionSheet): SheetSpec {
  return finish(companionSheetPieces(lang, block, companion));
}

function* companionSheetPieces(lang: Lang, block: TitleBlock, companion: CompanionSheet): Pieces<SheetSpec> {
  const list = new SheetBuilder(lang);
  const rows = writeTitleBlock(list, { ...block, heading: `${block.heading} · ${companion.name}` });
  yield* companion.write(list);
  return list.build(companion.name, companion.role, rows + 1, rows + 1);
}

/**
 * The errors on a kind's ranges that could not be read as its tables (a header not recognised, a name pointing
 * nowhere), or null when every range of the kind was read: the section then says "could not be read", never
 * "none", which would read as nothing to report.
 */
function unreadErrors(subjects: readonly Subject[], findings: readonly Finding[], kind: TableKind): number | null {
  const names = new Set(
    subjects
      .filter((s) => (s.kind === "unrecognized" && s.intended === kind) || (s.kind === "broken-name" && classifyName(s.name) === kind))
      .map((s) => s.name),
  );
  if (names.size === 0) return null;
  return findings.filter((f) => f.severity === "error" && names.has(f.name)).length;
}
