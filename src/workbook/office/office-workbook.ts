/** The Office.js adapter of the full port: the reader, the record's custom XML part, names and the summary writer. */
import type { Workbook } from "../port";
import { defineOfficeNames } from "./define-names";
import type { DocumentSettings } from "./document-settings";
import { readOfficeRecord, writeOfficeRecord } from "./record";
import type { ExcelRun } from "./run";
import { createOfficeSource, type OfficeSourceOptions } from "./source";
import { writeSummaryBook } from "./write/write-summary";

export interface OfficeWorkbookOptions extends OfficeSourceOptions {
  /** `Office.context.document.settings`, where the record keeps its copy; without it, the part alone. */
  readonly documentSettings?: DocumentSettings;
}

export function createOfficeWorkbook(run: ExcelRun, options: OfficeWorkbookOptions = {}): Workbook {
  const source = createOfficeSource(run, options);
  return {
    ...source,
    readRecord: () => readOfficeRecord(run, options.documentSettings),
    writeRecord: (record) => writeOfficeRecord(run, record, options.documentSettings),
    defineNames: (names) => defineOfficeNames(run, names),
    writeSummary: (book, _lang, pace) => writeSummaryBook(run, book, { supports: options.supports, ...(pace && { pace }) }),
  };
}
