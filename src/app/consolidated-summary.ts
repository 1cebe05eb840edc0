import { buildConsolidated, type ConsolidatedInput, type Division } from "../core/summary/consolidated";
import type { SummaryWritten, WorkbookWriter } from "../workbook/port";
import { readClock, type Clock } from "./clock";

/** A folder's `report`: the divisions side by side on one consolidated summary, dated now, written into `target`. */
export function generateConsolidatedSummary(
  target: WorkbookWriter,
  divisions: readonly Division[],
  clock: Clock,
  options: Pick<ConsolidatedInput, "lang" | "department" | "approvals">,
): Promise<SummaryWritten> {
  const { lang } = options;
  const book = buildConsolidated({ ...options, divisions, generatedAt: readClock(clock).localTime });
  return target.writeSummary(book, lang);
}
