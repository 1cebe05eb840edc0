import type { SeverityCounts } from "../../finding";
import type { SheetBuilder } from "../sheet-builder";

export interface HeaderFacts {
  readonly asOf: string;
  readonly generatedAt: string;
  readonly fileName: string;
  readonly counts: SeverityCounts;
}

/** Title, as-of date, file and time, and the validation status: the block frozen and printed on every page. */
export function writeHeader(b: SheetBuilder, facts: HeaderFacts, title: string): void {
  b.line(title, "title");
  b.line(
    `${b.t("asOf")} ${facts.asOf}   ·   ${b.t("generatedAt")} ${facts.generatedAt}   ·   ${b.t("file")} ${facts.fileName}`,
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
