export { emptyWorkbookXlsx } from "./empty-workbook";
export { writeRecordIntoXlsx } from "./record";
export { WorkbookWriteError, writeSheetsIntoXlsx, type WriteRefusal, type WriteSheetsOptions, type WriteSheetsResult } from "./write-sheets";
