import { countBySeverity, type Finding, type Lang, type SeverityCounts } from "../finding";
import type { AcceptedFinding } from "../stamp/acceptance";
import type { DivisionFigures } from "./division";
import { SUMMARY_LABELS } from "./labels";
import { LONG_LIST, numberedHeading, SHOWN_OF_LONG_LIST } from "./section";
import {
  writeDivisionBudget,
  writeDivisionFindingList,
  writeDivisionReplacement,
  writeDivisionStaff,
  type DivisionFinding,
} from "./sections/divisions";
import { findingsSection } from "./sections/findings";
import { LAST_COLUMN, SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SummaryBook } from "./sheet-spec";

/** One division's workbook as the consolidated summary sees it: checked, or not readable at all. */
export type Division =
  | {
      readonly kind: "checked";
      /** The name printed (the file's name). */
      readonly file: string;
      /** The workbook's path relative to the consolidated one, folders split by `/`: what its links open. */
      readonly link: string;
      readonly asOf: string;
      /** The open findings: only these count. */
      readonly findings: readonly Finding[];
      /** Findings its record accepts: listed apart with their reasons, counted in no severity. */
      readonly accepted: readonly AcceptedFinding[];
      readonly figures: DivisionFigures;
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly message: string };

export interface ConsolidatedInput {
  readonly divisions: readonly Division[];
  readonly lang: Lang;
  /** When the summary was made, as the shell formats its clock. */
  readonly generatedAt: string;
}

/**
 * A district's summary of many divisions' workbooks: figures side by side with district totals, each file's
 * validation status and every finding linked to its file and cell. A pure function, like `buildSummary`.
 */
export function buildConsolidated(input: ConsolidatedInput): SummaryBook {
  const { lang, divisions } = input;
  const label = (key: keyof typeof SUMMARY_LABELS) => SUMMARY_LABELS[key][lang];
  const checked = divisions.flatMap((d) => (d.kind === "checked" ? [d] : []));
  const findings: DivisionFinding[] = checked.flatMap((d) => d.findings.map((finding) => ({ file: d.file, link: d.link, finding })));
  const accepted: DivisionFinding[] = checked.flatMap((d) =>
    d.accepted.map(({ finding, acceptance }) => ({ file: d.file, link: d.link, finding, acceptance })),
  );
  const findingsSheet = findings.length > LONG_LIST ? label("findingsSheet") : null;
  const counts = countBySeverity(findings.map((f) => f.finding));
  const unreadable = divisions.length - checked.length;

  const title = label("consolidatedTitle");
  const header = (b: SheetBuilder, text: string) => writeHeader(b, text, input, checked.map((d) => d.asOf), counts, unreadable);
  const b = new SheetBuilder(lang);
  header(b, title);
  b.skip();
  const sections = [writeDivisionBudget, writeDivisionStaff, writeDivisionReplacement];
  sections.forEach((write, i) => write(b, i + 1, checked));
  b.line(numberedHeading(b, sections.length + 1, findingsSection.heading), "section");
  writeFileStatus(b, divisions);
  if (findings.length === 0) b.line(b.t("none"), "note");
  else {
    if (findingsSheet !== null) {
      b.line(b.t("moreOnSheet", { shown: SHOWN_OF_LONG_LIST, count: findings.length, sheet: findingsSheet }), "noteLink", { role: "findings", cell: "A1" });
    }
    writeDivisionFindingList(b, findingsSheet === null ? findings : findings.slice(0, SHOWN_OF_LONG_LIST));
  }
  if (accepted.length > 0) {
    b.skip();
    b.line(b.t("acceptedSection"), "section");
    writeDivisionFindingList(b, accepted);
  }
  const sheets: SheetSpec[] = [b.build(label("summarySheet"), "summary", HEADER_ROWS, HEADER_ROWS)];
  if (findingsSheet !== null) {
    const list = new SheetBuilder(lang);
    header(list, `${title} · ${findingsSheet}`);
    writeDivisionFindingList(list, findings);
    sheets.push(list.build(findingsSheet, "findings", HEADER_ROWS + 1, HEADER_ROWS + 1));
  }
  return { sheets };
}

/** The consolidated summary's title block: its title, a line of dates and files, and the district's status. */
const HEADER_ROWS = 3;

/** Title, the as-of date(s), time and file count, and the district's validation status: HEADER_ROWS lines. */
function writeHeader(b: SheetBuilder, title: string, input: ConsolidatedInput, asOfs: readonly string[], counts: SeverityCounts, unreadable: number): void {
  b.line(title, "title");
  const dates = [...new Set(asOfs)].sort().join(", ");
  b.line(
    `${b.t("asOf")} ${dates || "-"}   ·   ${b.t("generatedAt")} ${input.generatedAt}   ·   ${b.t("fileCount", { count: input.divisions.length })}`,
    "meta",
  );
  const failed = counts.error > 0 || unreadable > 0;
  const status = [
    `${b.t("validation")}: ${b.t("error")} ${counts.error} · ${b.t("warning")} ${counts.warning} · ${b.t("info")} ${counts.info}`,
    ...(unreadable > 0 ? [b.t("unreadableCount", { count: unreadable })] : []),
  ].join(" · ");
  b.line(`${status} — ${failed ? b.t("failed") : b.t("passed")}`, failed ? "failed" : "passed");
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
      b.mergedText(r, 6, LAST_COLUMN, counts.error === 0 ? b.t("passed") : b.t("severityError"), counts.error === 0 ? "passed" : "error");
    } else {
      b.mergedText(r, 1, LAST_COLUMN, d.message, "text");
    }
    b.row += 1;
  }
  b.skip();
}
