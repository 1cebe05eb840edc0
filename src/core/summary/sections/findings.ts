import type { Finding } from "../../finding";
import { LONG_LIST, SHOWN_OF_LONG_LIST, type CompanionSheet, type SummarySection } from "../section";
import { LAST_COLUMN, type SheetBuilder } from "../sheet-builder";

const SEVERITY_LABELS = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

/** The columns the rule id takes on the findings sheet, at the right; the message runs across those before. */
const RULE_COLS = 2;

/** The cell a finding is about, linked; a name's finding (a broken name) has no cell and shows the name. */
function writeLocation(b: SheetBuilder, f: Finding): void {
  if (f.cell) b.text(b.row, 0, `${f.sheet}!${f.cell}`, "link", { sheet: f.sheet, cell: f.cell });
  else b.text(b.row, 0, f.name, "center");
}

/** The signed page's list: where, how serious and what, in plain language (no rule ids), the message across the width. */
function writeOpenList(b: SheetBuilder, findings: readonly Finding[]): void {
  b.header([b.t("location"), b.t("severity"), b.t("message")]);
  b.merge(b.row - 1, 2, b.row - 1, LAST_COLUMN);
  for (const f of findings) {
    writeLocation(b, f);
    b.text(b.row, 1, b.t(SEVERITY_LABELS[f.severity]), f.severity);
    b.mergedText(b.row, 2, LAST_COLUMN, f.message, "text");
    b.row += 1;
  }
}

/** The findings sheet's list: every finding, infos too, each with the rule that reported it. */
function writeFullList(b: SheetBuilder, findings: readonly Finding[]): void {
  const ruleCol = LAST_COLUMN - RULE_COLS + 1;
  b.header([b.t("location"), b.t("severity"), b.t("message"), ...Array<string>(ruleCol - 3).fill(""), b.t("rule")]);
  b.merge(b.row - 1, 2, b.row - 1, ruleCol - 1);
  b.merge(b.row - 1, ruleCol, b.row - 1, LAST_COLUMN);
  for (const f of findings) {
    writeLocation(b, f);
    b.text(b.row, 1, b.t(SEVERITY_LABELS[f.severity]), f.severity);
    b.mergedText(b.row, 2, ruleCol - 1, f.message, "text");
    b.mergedText(b.row, ruleCol, LAST_COLUMN, f.rule, "text");
    b.row += 1;
  }
}

/**
 * The open errors and warnings, each linked to its cell: the last numbered section of the summary, what the
 * signer reads. Every finding, infos and rule ids with them, goes to the findings sheet, linked from here.
 */
export const findingsSection: SummarySection<Finding> = {
  heading: { ko: "검증 결과", en: "Findings" },
  write(b, findings) {
    const open = findings.filter((f) => f.severity !== "info");
    if (open.length === 0) b.line(b.t("noOpenFindings"), "note");
    else writeOpenList(b, open.length > LONG_LIST ? open.slice(0, SHOWN_OF_LONG_LIST) : open);
    if (findings.length === 0) return null;
    const sheet = b.t("findingsSheet");
    const infos = findings.length - open.length;
    const note = open.length > LONG_LIST ? b.t("moreOnSheet", { shown: SHOWN_OF_LONG_LIST, count: open.length, sheet }) : b.t("allOnSheet", { infos, count: findings.length, sheet });
    b.line(note, "noteLink", { role: "findings", cell: "A1" });
    const companion: CompanionSheet = { name: sheet, role: "findings", write: (list) => writeFullList(list, findings) };
    return companion;
  },
};
