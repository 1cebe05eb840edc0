/**
 * The .xlsx adapter, as the shells use it: the package (a file's zip, opened once per command), the reader of
 * its ranges and record, and the writer of our sheets and record into a copy.
 */
export { XlsxPackage, type XlsxInput } from "./package/xlsx-package";
export { openXlsxBuffer, openXlsxFile, readXlsxFile, xlsxSource } from "./read/open";
export { readRecordFromXlsx } from "./read/record";
export { emptyWorkbookXlsx } from "./write/empty-workbook";
export { writeRecordIntoXlsx } from "./write/record";
export { WorkbookWriteError, writeSheetsIntoXlsx, type WriteRefusal, type WriteSheetsOptions, type WriteSheetsResult } from "./write/write-sheets";
export { emptyXlsxWorkbook, openXlsxWorkbook, openXlsxWorkbookFile, type XlsxWorkbook } from "./xlsx-workbook";
