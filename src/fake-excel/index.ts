/**
 * An in-memory Excel host with the Office.js semantics our code can tell apart (queued commands, load and
 * sync, `PropertyNotLoaded`, null objects, `ItemNotFound`, payload limits, requirement sets), for tests and
 * the preview. Never imported by production entries.
 */
export { createFakeExcel, DOCUMENTED_EXCEL, PAYLOAD_LIMIT, type ExcelRunLike, type FailureRule, type FakeExcel, type FakeExcelOptions, type SyncPayload } from "./host";
export { fakeDocumentSettings, reopenedOnMac } from "./document-settings";
export { FakeOfficeError } from "./errors";
export { fakeWorkbookFromXlsx } from "./from-xlsx";
export { displayText } from "./number-text";
export {
  fakeWorkbookOf,
  findSheet,
  newSheet,
  type FakeCell,
  type FakeCellFormat,
  type FakeName,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbook,
} from "./model";
