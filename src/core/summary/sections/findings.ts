import type { Finding, Severity } from "../../finding";
import type { SheetBuilder } from "../sheet-builder";

const SEVERITY_LABELS = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

/** One row per finding: message, severity, a link to the cell, rule. */
export function writeFindingList(b: SheetBuilder, findings: readonly Finding[]): void {
  b.header([b.t("message"), b.t("severity"), b.t("location"), b.t("rule")]);
  for (const f of findings) {
    const r = b.row;
    b.text(r, 0, f.message, "text");
    b.text(r, 1, b.t(SEVERITY_LABELS[f.severity]), f.severity satisfies Severity);
    if (f.cell) b.text(r, 2, `${f.sheet}!${f.cell}`, "link", { sheet: f.sheet, cell: f.cell });
    else b.text(r, 2, f.name, "center");
    b.text(r, 3, f.rule, "text");
    b.merge(r, 3, r, 5);
    b.row += 1;
  }
}

export function writeFindings(b: SheetBuilder, findings: readonly Finding[], shown: number, fullListOnSheet: string | null): void {
  b.line(b.t("findingsSection"), "section");
  if (findings.length === 0) {
    b.line(b.t("none"), "note");
    return;
  }
  if (fullListOnSheet !== null) {
    b.line(b.t("moreOnSheet", { shown, count: findings.length, sheet: fullListOnSheet }), "noteLink", { role: "findings", cell: "A1" });
  }
  writeFindingList(b, fullListOnSheet === null ? findings : findings.slice(0, shown));
}
