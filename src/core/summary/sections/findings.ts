import type { Finding } from "../../finding";
import { LONG_LIST, SHOWN_OF_LONG_LIST, type CompanionSheet, type SummarySection } from "../section";
import type { SheetBuilder } from "../sheet-builder";
import { findingListPieces, writeFindingList, type ListedFinding } from "./finding-list";

/**
 * The open errors and warnings, each linked to its cell, in plain language: what the signer reads. Every
 * finding, infos and rule ids with them, goes to the findings sheet, linked from here; returns that sheet, or
 * null when nothing was found. The summary of one workbook and the consolidated summary of many both write it.
 */
export function writeFindings(b: SheetBuilder, items: readonly ListedFinding[]): CompanionSheet | null {
  const open = items.filter((item) => item.finding.severity !== "info");
  if (open.length === 0) b.line(b.t("noOpenFindings"), "note");
  else writeFindingList(b, open.length > LONG_LIST ? open.slice(0, SHOWN_OF_LONG_LIST) : open, "open");
  if (items.length === 0) return null;
  const sheet = b.t("findingsSheet");
  const infos = items.length - open.length;
  const note = open.length > LONG_LIST ? b.t("moreOnSheet", { shown: SHOWN_OF_LONG_LIST, count: open.length, sheet }) : b.t("allOnSheet", { infos, count: items.length, sheet });
  b.line(note, "noteLink", { role: "findings", cell: "A1" });
  return { name: sheet, role: "findings", write: (list) => findingListPieces(list, items, "full") };
}

/** The last numbered section of a workbook's summary. */
export const findingsSection: SummarySection<Finding> = {
  heading: { ko: "검증 결과", en: "Findings" },
  write: (b, findings) => writeFindings(b, findings.map((finding) => ({ finding }))),
};
