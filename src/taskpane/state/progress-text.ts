import type { Progress } from "../../core/progress";
import { counted, type PaneText } from "../messages/pane-text";

/** The progress line for long work: `표 3/7 검사 중입니다… (12,000 / 100,000행).` */
export function progressText(t: PaneText, progress: Progress): string {
  switch (progress.step) {
    case "read":
      return t("receivingCells", { rows: progress.rows, totalRows: progress.totalRows });
    case "parse":
      return t("readingTables");
    case "check":
      return t("checkingTable", { table: progress.table, tables: progress.tables, rows: progress.rows, totalRows: progress.totalRows });
    case "fingerprint":
      return t("fingerprinting", { rows: progress.rows, totalRows: progress.totalRows });
    case "summary":
      return t("buildingSummary");
    case "write":
      return t("writingSummary");
    case "list":
      return counted(t, "listing", progress.findings);
  }
}
