import type { Finding } from "../../finding";
import type { Acceptance } from "../../stamp/acceptance";
import { LAST_COLUMN, type SheetBuilder } from "../sheet-builder";
import type { SpecLink } from "../sheet-spec";
import { finish, PIECE_ROWS, type Pieces } from "../../pieces";
import { acceptanceText } from "./record";

/** A finding as a list prints it, with the division's file it is in (a consolidated summary's) and why it was accepted. */
export interface ListedFinding {
  readonly finding: Finding;
  /** The file's name, and its path relative to the summary's workbook, folders split by `/`: what the link opens. */
  readonly file?: { readonly name: string; readonly link: string };
  readonly acceptance?: Acceptance;
}

/**
 * Which list: the signed page's open errors and warnings (no rule ids), the findings sheet's every finding with
 * its rule, or the accepted findings with their reasons.
 */
export type FindingListKind = "open" | "full" | "accepted";

/** The columns at the right that the rule id (the full list) or the reason (accepted) take; the message runs across those before. */
const EXTRA_COLS: Readonly<Record<FindingListKind, number>> = { open: 0, full: 2, accepted: 3 };
const EXTRA_LABEL = { full: "rule", accepted: "reason" } as const;

const SEVERITY_LABELS = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

/**
 * One row per finding: where (linked to its cell, in its file when it has one), how serious, what, and the rule or
 * the reason. Findings of several files come file by file, each file's under a row naming it.
 */
export function writeFindingList(b: SheetBuilder, items: readonly ListedFinding[], kind: FindingListKind): void {
  finish(findingListPieces(b, items, kind));
}

/** `writeFindingList`, pausing every `PIECE_ROWS` findings. */
export function* findingListPieces(b: SheetBuilder, items: readonly ListedFinding[], kind: FindingListKind): Pieces<void> {
  const extra = EXTRA_COLS[kind];
  const messageLast = LAST_COLUMN - extra;
  b.header([b.t("location"), b.t("severity"), b.t("message"), ...Array<string>(messageLast - 2).fill(""), ...(kind === "open" ? [] : [b.t(EXTRA_LABEL[kind])])]);
  b.merge(b.row - 1, 2, b.row - 1, messageLast);
  if (extra > 0) b.merge(b.row - 1, messageLast + 1, b.row - 1, LAST_COLUMN);
  let file: string | undefined;
  for (const [i, item] of items.entries()) {
    if (i > 0 && i % PIECE_ROWS === 0) yield;
    if (item.file !== undefined && item.file.name !== file) {
      file = item.file.name;
      b.mergedText(b.row, 0, LAST_COLUMN, file, "group");
      b.row += 1;
    }
    const { finding: f } = item;
    const r = b.row;
    writeLocation(b, r, f, item.file?.link);
    b.text(r, 1, b.t(SEVERITY_LABELS[f.severity]), f.severity);
    b.mergedText(r, 2, messageLast, f.message, "text");
    if (kind === "full") b.mergedText(r, messageLast + 1, LAST_COLUMN, f.rule, "text");
    if (kind === "accepted") b.mergedText(r, messageLast + 1, LAST_COLUMN, item.acceptance ? acceptanceText(item.acceptance) : "", "text");
    b.row += 1;
  }
}

/** The cell a finding is about, linked (into its file when it has one); a name's finding (a broken name) has no cell and shows the name. */
function writeLocation(b: SheetBuilder, row: number, f: Finding, file: string | undefined): void {
  if (!f.cell) return b.text(row, 0, f.name, "center");
  const link: SpecLink = file === undefined ? { sheet: f.sheet, cell: f.cell } : { file, sheet: f.sheet, cell: f.cell };
  b.text(row, 0, `${f.sheet}!${f.cell}`, "link", link);
}

/** Accepted findings, apart from the open ones, each with the reason it was accepted (their rules are on the findings sheet). */
export function writeAccepted(b: SheetBuilder, accepted: readonly ListedFinding[]): void {
  if (accepted.length === 0) return;
  b.skip();
  b.line(b.t("acceptedSection"), "section");
  writeFindingList(b, accepted, "accepted");
}
