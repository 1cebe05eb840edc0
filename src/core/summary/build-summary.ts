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
import { findingsSection } from "./sections/findings";
import { HEADER_ROWS, writeHeader, type HeaderFacts } from "./sections/header";
import { writeAccepted, writeStampLine } from "./sections/record";
import { writeRuleSettingsLine } from "./sections/rule-settings";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SummaryBook } from "./sheet-spec";

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
}

/** The kinds' sections, in the registry's order: each lists the tables of its kind. */
const KIND_SECTIONS = KINDS.flatMap((kind): { kind: TableKind; section: SummarySection<Table> }[] =>
  kind.summary ? [{ kind: kind.id, section: kind.summary }] : [],
);

/** The summary sheet and, for long lists, its companion sheets: a pure function of the validation. */
export function buildSummary(input: SummaryInput): SummaryBook {
  const { lang } = input;
  const title = SUMMARY_LABELS.title[lang];
  const header: HeaderFacts = {
    asOf: formatIsoDate(input.facts.asOf),
    asOfSource: input.facts.asOfSource,
    generatedAt: input.generatedAt,
    fileName: input.fileName,
    counts: countBySeverity(input.findings),
  };
  const context: Omit<SectionContext, "unit"> = { facts: input.facts, dueWithinMonths: input.dueWithinMonths };
  const companions: CompanionSheet[] = [];
  const keep = (companion: CompanionSheet | null) => {
    if (companion) companions.push(companion);
  };

  const b = new SheetBuilder(lang);
  writeHeader(b, header, title);
  if (input.stamp) writeStampLine(b, input.stamp.stamp, input.stamp.comparison);
  writeRuleSettingsLine(b, input.rules ?? []);
  b.skip();
  KIND_SECTIONS.forEach(({ kind, section }, i) => {
    const tables = tablesOf(input.subjects, kind);
    const unit = section.unit?.(tables) ?? null;
    writeSectionHeading(b, i + 1, section.heading, unit);
    keep(section.write(b, tables, { ...context, unit }));
  });
  writeSectionHeading(b, KIND_SECTIONS.length + 1, findingsSection.heading, null);
  keep(findingsSection.write(b, input.findings, { ...context, unit: null }));
  writeAccepted(b, input.accepted ?? []);
  const sheets: SheetSpec[] = [b.build(SUMMARY_LABELS.summarySheet[lang], "summary", HEADER_ROWS, HEADER_ROWS)];

  for (const companion of companions) {
    const list = new SheetBuilder(lang);
    writeHeader(list, header, `${title} · ${companion.name}`);
    companion.write(list);
    sheets.push(list.build(companion.name, companion.role, HEADER_ROWS + 1, HEADER_ROWS + 1));
  }
  return { sheets };
}
