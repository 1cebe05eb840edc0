import type { Finding, Severity } from "../../finding";
import { LONG_LIST, SHOWN_OF_LONG_LIST, type SummarySection } from "../section";
import type { SheetBuilder } from "../sheet-builder";

const SEVERITY_LABELS = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

/** One row per finding: message, severity, a link to the cell, rule. */
function writeFindingList(b: SheetBuilder, findings: readonly Finding[]): void {
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

/** The open findings, each linked to its cell: the last numbered section of the summary. */
export const findingsSection: SummarySection<Finding> = {
  heading: { ko: "검증 결과", en: "Findings" },
  write(b, findings) {
    if (findings.length === 0) {
      b.line(b.t("none"), "note");
      return null;
    }
    const sheet = findings.length > LONG_LIST ? b.t("findingsSheet") : null;
    if (sheet !== null) {
      b.line(b.t("moreOnSheet", { shown: SHOWN_OF_LONG_LIST, count: findings.length, sheet }), "noteLink", { role: "findings", cell: "A1" });
    }
    writeFindingList(b, sheet === null ? findings : findings.slice(0, SHOWN_OF_LONG_LIST));
    return sheet === null ? null : { name: sheet, role: "findings", write: (list) => writeFindingList(list, findings) };
  },
};
