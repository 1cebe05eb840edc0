import type { Acceptance, AcceptedFinding } from "../../stamp/acceptance";
import { differingNames, type StampComparison, type Stamp } from "../../stamp/stamp";
import { LAST_COLUMN, type SheetBuilder } from "../sheet-builder";

/** The workbook's validation stamp, and whether the data still matches it. */
export function writeStampLine(b: SheetBuilder, stamp: Stamp, comparison: StampComparison): void {
  const { when, version, asOf } = stamp;
  const state = comparison.unchanged ? b.t("stampUnchanged") : b.t("stampChanged", { names: differingNames(comparison).join(", ") });
  b.line(`${b.t("stamped", { when, version, asOf })} · ${state}`, comparison.unchanged ? "passed" : "failed");
}

/** Accepted findings, apart from the open ones, each with the reason it was accepted (their rules are on the findings sheet). */
export function writeAccepted(b: SheetBuilder, accepted: readonly AcceptedFinding[]): void {
  if (accepted.length === 0) return;
  b.skip();
  b.line(b.t("acceptedSection"), "section");
  b.header([b.t("location"), b.t("message"), "", "", "", "", b.t("reason")]);
  b.merge(b.row - 1, 1, b.row - 1, 5);
  b.merge(b.row - 1, 6, b.row - 1, LAST_COLUMN);
  for (const { finding: f, acceptance: a } of accepted) {
    const r = b.row;
    if (f.cell) b.text(r, 0, `${f.sheet}!${f.cell}`, "link", { sheet: f.sheet, cell: f.cell });
    else b.text(r, 0, f.name, "center");
    b.mergedText(r, 1, 5, f.message, "text");
    b.mergedText(r, 6, LAST_COLUMN, acceptanceText(a), "text");
    b.row += 1;
  }
}

/** Why, by whom and when a finding was accepted, in one cell. */
export function acceptanceText(a: Acceptance): string {
  return a.by ? `${a.reason} (${a.by}, ${a.when})` : `${a.reason} (${a.when})`;
}
