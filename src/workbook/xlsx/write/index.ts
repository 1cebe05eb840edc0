export { WorkbookWriteError, writeSheetsIntoXlsx, type WriteRefusal, type WriteSheetsOptions, type WriteSheetsResult } from "./write-sheets";
