/**
 * The .xlsx adapter, as the shells use it: the package (a file's zip, opened once per command), the reader of
 * its ranges and record, and the writer of our sheets and record into a copy.
 */
export { BrokenPackageError } from "./package/broken-package";
export { XlsxPackage } from "./package/xlsx-package";
export { checkZip } from "./package/zip-check";
export { openXlsxBuffer, openXlsxFile, xlsxSource } from "./read/open";
export { readRecordFromXlsx } from "./read/record";
export { writeRecordIntoXlsx } from "./write/record";
export { WorkbookWriteError, writeSheetsIntoXlsx } from "./write/write-sheets";
export { emptyXlsxWorkbook, openXlsxWorkbook, openXlsxWorkbookFile, type XlsxWorkbook } from "./xlsx-workbook";
