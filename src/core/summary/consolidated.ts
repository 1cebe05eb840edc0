import type { AsOfSource } from "../facts";
import { countBySeverity, type Finding, type Lang } from "../finding";
import { overridesText, type RuleOverride } from "../rule-config";
import type { AcceptedFinding } from "../stamp/acceptance";
import { companionSheet } from "./build-summary";
import type { DivisionFigures } from "./division";
import { SUMMARY_LABELS } from "./labels";
import { numberedHeading, type CompanionSheet } from "./section";
import { writeDivisionBudget, writeDivisionReplacement, writeDivisionStaff } from "./sections/divisions";
import { writeAccepted, type ListedFinding } from "./sections/finding-list";
import { findingsSection, writeFindings } from "./sections/findings";
import { AS_OF_SOURCE_LABELS, LINE_SEPARATOR, MAX_APPROVALS, statusLine, writeTitleBlock, type TitleBlock } from "./sections/header";
import { ruleSettingsText } from "./sections/rule-settings";
import { LAST_COLUMN, SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SummaryBook } from "./sheet-spec";
import { DEFAULT_APPROVALS, yearIn } from "./title";

/** One division's workbook as the consolidated summary sees it: checked, or not readable at all. */
export type Division =
  | {
      readonly kind: "checked";
      /** The name printed (the file's name). */
      readonly file: string;
      /** The workbook's path relative to the consolidated one, folders split by `/`: what its links open. */
      readonly link: string;
      readonly asOf: string;
      readonly asOfSource: AsOfSource;
      /** The rules its validation set away from their defaults (the file's `ruleSettings`). */
      readonly rules: readonly RuleOverride[];
      /** The open findings: only these count. */
      readonly findings: readonly Finding[];
      /** Findings its record accepts: listed apart with their reasons, counted in no severity. */
      readonly accepted: readonly AcceptedFinding[];
      readonly figures: DivisionFigures;
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly message: string };

type CheckedDivision = Extract<Division, { kind: "checked" }>;

export interface ConsolidatedInput {
  readonly divisions: readonly Division[];
  readonly lang: Lang;
  /** When the summary was made, as the shell formats its clock. */
  readonly generatedAt: string;
  /** The 결재란's roles, left to right; empty for none; the language's 담당 · 팀장 · 과장 when absent. */
  readonly approvals?: readonly string[];
  /** Who the summary speaks for (`--department`: a district, a bureau); 전체 부서 when absent. */
  readonly department?: string;
}

/**
 * A district's summary of many divisions' workbooks, laid out as one workbook's is (title block, 결재란, rule
 * settings, footer, the open findings on the signed page and every finding on the findings sheet): figures side
 * by side with district totals, each file's validation status, every finding linked to its file and cell.
 * A pure function, like `buildSummary`.
 */
export function buildConsolidated(input: ConsolidatedInput): SummaryBook {
  const { lang, divisions } = input;
  const checked = divisions.flatMap((d) => (d.kind === "checked" ? [d] : []));
  const fileOf = (d: CheckedDivision) => ({ name: d.file, link: d.link });
  const findings: ListedFinding[] = checked.flatMap((d) => d.findings.map((finding) => ({ finding, file: fileOf(d) })));
  const accepted: ListedFinding[] = checked.flatMap((d) => d.accepted.map((item) => ({ ...item, file: fileOf(d) })));

  const b = new SheetBuilder(lang);
  const block = titleBlock(b, input, checked, findings.map((f) => f.finding));
  const headerRows = writeTitleBlock(b, block, (input.approvals ?? DEFAULT_APPROVALS[lang]).slice(0, MAX_APPROVALS));
  b.line(rulesLine(b, checked), "meta");
  b.skip();
  const sections = [writeDivisionBudget, writeDivisionStaff, writeDivisionReplacement];
  sections.forEach((write, i) => write(b, i + 1, checked));
  b.line(numberedHeading(b, sections.length + 1, findingsSection.heading), "section");
  writeFileStatus(b, divisions);
  const companion: CompanionSheet | null = writeFindings(b, findings);
  writeAccepted(b, accepted);
  const sheets: SheetSpec[] = [b.build(SUMMARY_LABELS.summarySheet[lang], "summary", headerRows, 1)];
  if (companion !== null) sheets.push(companionSheet(lang, block, companion));
  return { sheets };
}

/**
 * `2018년 전체 부서 예산·자산 현황`; the fiscal year(s) of the files' as-of dates (of the summary's date when
 * none could be read), the as-of dates with where they were read when the files agree, and the files counted.
 */
function titleBlock(b: SheetBuilder, input: ConsolidatedInput, checked: readonly CheckedDivision[], findings: readonly Finding[]): TitleBlock {
  const department = input.department ?? b.t("consolidatedDepartment");
  const years = [...new Set(checked.map((d) => yearIn(d.asOf)))].filter((y) => y !== null).sort();
  const year = years.length > 0 ? years.join("·") : String(yearIn(input.generatedAt) ?? "");
  const dates = [...new Set(checked.map((d) => d.asOf))].sort();
  const sources = new Set(checked.map((d) => d.asOfSource));
  const source = sources.size === 1 ? ` (${b.t(AS_OF_SOURCE_LABELS[[...sources][0]])})` : "";
  const identity = [
    b.t("departmentIs", { name: department }),
    `${b.t("fiscalYearIs", { year })} (${b.t("fiscalYearFromAsOf")})`,
    `${b.t("asOf")} ${dates.join(", ") || "-"}${source}`,
  ];
  const files = [b.t("fileCount", { count: input.divisions.length }), `${b.t("generatedAt")} ${input.generatedAt}`];
  return {
    heading: b.t("titleWithDepartment", { year, department }),
    lines: [identity.join(LINE_SEPARATOR), files.join(LINE_SEPARATOR)],
    status: statusLine(b, countBySeverity(findings), input.divisions.length - checked.length),
  };
}

/** The rule settings the files were checked with: one line when they agree, else each file's. */
function rulesLine(b: SheetBuilder, checked: readonly CheckedDivision[]): string {
  const distinct = new Set(checked.map((d) => overridesText(d.rules)));
  if (distinct.size <= 1) return ruleSettingsText(checked[0]?.rules ?? [], b.lang);
  const settings = checked.map((d) => `${d.file} ${ruleSettingsText(d.rules, b.lang).replace(/^[^:]*:\s*/, "")}`);
  return b.t("ruleSettings", { settings: settings.join("; ") });
}

/** Each file's as-of date and counts (accepted findings apart, so a pass by acceptance shows), or why it could not be read. */
function writeFileStatus(b: SheetBuilder, divisions: readonly Division[]): void {
  b.line(b.t("byFile"), "caption");
  b.header([b.t("division"), b.t("asOf"), b.t("error"), b.t("warning"), b.t("info"), b.t("accepted"), b.t("status")]);
  b.merge(b.row - 1, 6, b.row - 1, LAST_COLUMN);
  for (const d of divisions) {
    const r = b.row;
    b.text(r, 0, d.file, "label");
    if (d.kind === "checked") {
      const counts = countBySeverity(d.findings);
      b.text(r, 1, d.asOf, "center");
      (["error", "warning", "info"] as const).forEach((s, i) => b.number(r, 2 + i, counts[s], "amount"));
      b.number(r, 5, d.accepted.length, "amount");
      b.mergedText(r, 6, LAST_COLUMN, counts.error === 0 ? b.t("passed") : b.t("severityError"), counts.error === 0 ? "passedCell" : "error");
    } else {
      b.mergedText(r, 1, LAST_COLUMN, d.message, "text");
    }
    b.row += 1;
  }
  b.skip();
}
