export { XlsxPackage, type XlsxInput } from "./package/xlsx-package";
export { openXlsxBuffer, openXlsxFile, readXlsxFile, xlsxSource } from "./read/open";
export { readRecordFromXlsx } from "./read/record";
export {
  emptyWorkbookXlsx,
  WorkbookWriteError,
  writeRecordIntoXlsx,
  writeSheetsIntoXlsx,
  type WriteRefusal,
  type WriteSheetsOptions,
  type WriteSheetsResult,
} from "./write";
