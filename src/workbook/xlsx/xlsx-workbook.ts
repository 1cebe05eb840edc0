/**
 * The .xlsx adapter of the full port, over a file's bytes: reading with the sheet reader, writing by splicing
 * the package. Writes change only the bytes held here; the shell takes them (`bytes()`) and writes its output
 * file, so the file read is never written.
 */
import type { Workbook, WorkbookSource } from "../port";
import { openXlsxBuffer, readXlsxFile } from "./open";
import { emptyWorkbookXlsx, writeSheetsIntoXlsx } from "./write";
import { readRecordFromXlsx, writeRecordIntoXlsx } from "./write/record-part";

export interface XlsxWorkbook extends Workbook {
  /** The package with every write made so far (the bytes opened when nothing was written). */
  bytes(): Uint8Array;
}

/** `label` names the file in error messages. The package is opened for reading when first read. */
export function openXlsxWorkbook(data: Uint8Array, label: string): XlsxWorkbook {
  let source: Promise<WorkbookSource> | undefined;
  const reader = () => (source ??= openXlsxBuffer(data, label));
  let bytes = data;
  return {
    outline: async () => (await reader()).outline(),
    readRanges: async (requests) => (await reader()).readRanges(requests),
    readRecord: () => readRecordFromXlsx(bytes),
    writeRecord: async (record) => {
      bytes = await writeRecordIntoXlsx(bytes, record);
    },
    writeSummary: async (book, lang) => {
      const written = await writeSheetsIntoXlsx(bytes, book, { lang });
      bytes = written.data;
      return written;
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
