import { countBySeverity, type Finding, type Lang } from "../finding";
import type { WorkbookFacts } from "../rule";
import type { AcceptedFinding } from "../stamp/acceptance";
import { compareWithStamp, fingerprintSubjects, type Stamp } from "../stamp/stamp";
import type { Subject } from "../tables/types";
import { formatIsoDate } from "../values/dates";
import { budgetBlock, replacementLots, staffBlock } from "./figures";
import { SUMMARY_LABELS } from "./labels";
import { writeBudget } from "./sections/budget";
import { writeFindingList, writeFindings } from "./sections/findings";
import { HEADER_ROWS, writeHeader, type HeaderFacts } from "./sections/header";
import { writeAccepted, writeStampLine } from "./sections/record";
import { writeLotList, writeReplacement } from "./sections/replacement";
import { writeStaff } from "./sections/staff";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SummaryBook } from "./sheet-spec";

export interface SummaryInput {
  readonly subjects: readonly Subject[];
  /** The open findings: an accepted one goes in `accepted` instead. */
  readonly findings: readonly Finding[];
  readonly accepted?: readonly AcceptedFinding[];
  /** The workbook's validation stamp, printed with whether today's data still matches it. */
  readonly stamp?: Stamp | null;
  readonly facts: WorkbookFacts;
  readonly dueWithinMonths: number;
  readonly lang: Lang;
  readonly fileName: string;
  /** When the summary was made, as the shell formats its clock (`2026-11-25 15:20`). */
  readonly generatedAt: string;
}

/** Past this many rows a list moves to its own sheet, so the summary stays printable. */
export const LONG_LIST = 200;
/** How many rows of a long list the summary still shows. */
export const SHOWN_OF_LONG_LIST = 20;

/** The summary sheet and, for long lists, its companion sheets: a pure function of the validation. */
export function buildSummary(input: SummaryInput): SummaryBook {
  const { lang } = input;
  const label = (key: keyof typeof SUMMARY_LABELS) => SUMMARY_LABELS[key][lang];
  const header: HeaderFacts = {
    asOf: formatIsoDate(input.facts.asOf),
    generatedAt: input.generatedAt,
    fileName: input.fileName,
    counts: countBySeverity(input.findings),
  };
  const lots = replacementLots(input.subjects, input.facts, input.dueWithinMonths);
  const lotsSheet = lots.length > LONG_LIST ? label("replacementSheet") : null;
  const findingsSheet = input.findings.length > LONG_LIST ? label("findingsSheet") : null;

  const b = new SheetBuilder(lang);
  writeHeader(b, header, label("title"));
  if (input.stamp) writeStampLine(b, input.stamp, compareWithStamp(input.stamp, fingerprintSubjects(input.subjects)));
  b.skip();
  writeBudget(b, input.subjects.flatMap((s) => (s.kind === "budget" ? [budgetBlock(s)] : [])));
  writeStaff(b, input.subjects.flatMap((s) => (s.kind === "staff" ? [staffBlock(s)] : [])));
  writeReplacement(b, lots, SHOWN_OF_LONG_LIST, lotsSheet);
  writeFindings(b, input.findings, SHOWN_OF_LONG_LIST, findingsSheet);
  writeAccepted(b, input.accepted ?? []);
  const sheets: SheetSpec[] = [b.build(label("summarySheet"), "summary", HEADER_ROWS, HEADER_ROWS)];

  if (lotsSheet !== null) {
    const list = new SheetBuilder(lang);
    writeHeader(list, header, `${label("title")} · ${label("replacementSheet")}`);
    writeLotList(list, lots);
    sheets.push(list.build(lotsSheet, "replacementPlan", HEADER_ROWS + 1, HEADER_ROWS + 1));
  }
  if (findingsSheet !== null) {
    const list = new SheetBuilder(lang);
    writeHeader(list, header, `${label("title")} · ${label("findingsSheet")}`);
    writeFindingList(list, input.findings);
    sheets.push(list.build(findingsSheet, "findings", HEADER_ROWS + 1, HEADER_ROWS + 1));
  }
  return { sheets };
}
