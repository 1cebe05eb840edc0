import type { AsOfSource } from "../../facts";
import type { SeverityCounts } from "../../finding";
import type { SummaryLabel } from "../labels";
import type { SheetBuilder } from "../sheet-builder";

export interface HeaderFacts {
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly generatedAt: string;
  readonly fileName: string;
  readonly counts: SeverityCounts;
}

const AS_OF_SOURCE_LABELS: Readonly<Record<AsOfSource, SummaryLabel>> = {
  option: "asOfFromOption",
  workbook: "asOfFromWorkbook",
  today: "asOfFromToday",
};

/** Title, as-of date (and where it came from), file and time, and the validation status: the block frozen and printed on every page. */
export function writeHeader(b: SheetBuilder, facts: HeaderFacts, title: string): void {
  b.line(title, "title");
  b.line(
    `${b.t("asOf")} ${facts.asOf} (${b.t(AS_OF_SOURCE_LABELS[facts.asOfSource])})   ·   ${b.t("generatedAt")} ${facts.generatedAt}   ·   ${b.t("file")} ${facts.fileName}`,
    "meta",
  );
  const { error, warning, info } = facts.counts;
  const status = error === 0 ? b.t("passed") : b.t("failed");
  b.line(
    `${b.t("validation")}: ${b.t("error")} ${error} · ${b.t("warning")} ${warning} · ${b.t("info")} ${info} — ${status}`,
    error === 0 ? "passed" : "failed",
  );
}

export const HEADER_ROWS = 3;
