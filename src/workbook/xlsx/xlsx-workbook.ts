/**
 * The .xlsx adapter of the full port, over a file's bytes: reading with the sheet reader, writing by splicing
 * the package. The package is unzipped once and serves the reads, the record and the writes; a write makes new
 * bytes, which the next read opens. Writes change only the bytes held here; the shell takes them (`bytes()`) and
 * writes its output file, so the file read is never written.
 */
import type { Workbook, WorkbookSource } from "../port";
import { XlsxPackage } from "./package/xlsx-package";
import { readXlsxFile, xlsxSource } from "./read/open";
import { readRecordFromXlsx } from "./read/record";
import { defineNamesInXlsx } from "./write/define-names";
import { emptyWorkbookXlsx } from "./write/empty-workbook";
import { writeRecordIntoXlsx } from "./write/record";
import { writeSheetsIntoXlsx } from "./write/write-sheets";

export interface XlsxWorkbook extends Workbook {
  /** The package with every write made so far (the bytes opened when nothing was written). */
  bytes(): Uint8Array;
}

/** `label` names the file in error messages. The package is opened when first used. */
export function openXlsxWorkbook(data: Uint8Array, label: string): XlsxWorkbook {
  let bytes = data;
  let pkg: XlsxPackage | undefined;
  let source: WorkbookSource | undefined;
  // Async, so that a file that is no package rejects the call that first touches it, as every port call does.
  const opened = async () => (pkg ??= XlsxPackage.open(bytes, label));
  const reader = async () => (source ??= xlsxSource(await opened()));
  const written = (next: Uint8Array) => {
    bytes = next;
    pkg = undefined;
    source = undefined;
  };
  return {
    outline: async () => (await reader()).outline(),
    readRanges: async (requests) => (await reader()).readRanges(requests),
    readRecord: async () => readRecordFromXlsx(await opened()),
    writeRecord: async (record) => written(await writeRecordIntoXlsx(await opened(), record)),
    defineNames: async (names) => written(await defineNamesInXlsx(await opened(), names)),
    writeSummary: async (book, lang) => {
      const result = await writeSheetsIntoXlsx(await opened(), book, { lang });
      written(result.data);
      return result;
    },
    bytes: () => bytes,
  };
}

export async function openXlsxWorkbookFile(path: string): Promise<XlsxWorkbook> {
  return openXlsxWorkbook(await readXlsxFile(path), path);
}

/** A workbook of no sheet, for what is written from nothing (a folder's consolidated summary). */
export async function emptyXlsxWorkbook(label: string): Promise<XlsxWorkbook> {
  return openXlsxWorkbook(await emptyWorkbookXlsx(), label);
}
