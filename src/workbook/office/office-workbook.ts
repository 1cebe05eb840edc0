/** The Office.js adapter of the full port: the reader, the record's custom XML part, names and the summary writer. */
import type { Workbook } from "../port";
import { defineOfficeNames } from "./define-names";
import { readOfficeRecord, writeOfficeRecord } from "./record";
import type { ExcelRun } from "./run";
import { createOfficeSource, type OfficeSourceOptions } from "./source";
import { writeSummaryBook } from "./write/write-summary";

export function createOfficeWorkbook(run: ExcelRun, options: OfficeSourceOptions = {}): Workbook {
  const source = createOfficeSource(run, options);
  return {
    ...source,
    readRecord: () => readOfficeRecord(run),
    writeRecord: (record) => writeOfficeRecord(run, record),
    defineNames: (names) => defineOfficeNames(run, names),
    writeSummary: (book) => writeSummaryBook(run, book, { supports: options.supports }),
  };
}
