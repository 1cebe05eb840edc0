export { emptyWorkbookXlsx } from "./empty-workbook";
export { WorkbookWriteError, writeSheetsIntoXlsx, type WriteRefusal, type WriteSheetsOptions, type WriteSheetsResult } from "./write-sheets";
