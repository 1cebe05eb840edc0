/**
 * The Office.js adapter: the full port (`createOfficeWorkbook`: the reader `createOfficeSource`, the record, the
 * summary writer), cell selection and the reasons behind Excel's errors, all over an injected `Excel.run` so tests pass the fake
 * host's.
 *
 * ExcelApi requirement sets, by the lowest set each call needs (from @types/office-js):
 *   1.1  Excel.run, context.sync, workbook.worksheets (load items/name, id; getItem, add), Worksheet.name,
 *        position, activate, delete, getRange, getCell, charts.add, Chart.title/legend/setPosition,
 *        ChartSeriesCollection.getItemAt, workbook.names (items/name), NamedItem.visible,
 *        Range.values/valueTypes/numberFormat/formulas/select, RangeFormat font/fill/borders/alignment/wrapText,
 *        workbook.tables (TableCollection), Table.name/showHeaders/showTotals/getRange, Range.address
 *   1.2  Range.merge, RangeFormat.columnWidth/rowHeight, Table.worksheet
 *   1.4  Worksheet.names (sheet-scoped names), Worksheet.getUsedRangeOrNullObject(valuesOnly),
 *        WorksheetCollection.getItemOrNullObject, NamedItemCollection.getItemOrNullObject/add, NamedItem.delete
 *   1.5  workbook.customXmlParts (getByNamespace, add; CustomXmlPart.getXml/setXml): the stamp and acceptances
 *   1.6  Range.conditionalFormats.add("DataBar")
 *   1.7  NamedItem.formula, Worksheet.getRangeByIndexes, Range.hyperlink, Worksheet.freezePanes,
 *        Worksheet.onChanged (the live re-check; WorksheetChangedEventArgs address, changeType, worksheetId),
 *        ChartSeries.setXAxisValues
 *   → the manifest's minimum: ExcelApi 1.7.
 * Newer sets, checked with `isSetSupported` (the injected `supports`) and done without when missing:
 *   1.9  Worksheet.getRanges (RangeAreas.format: one format per style) — else one Range per area;
 *        Worksheet.pageLayout (A4, orientation, fit to width, print titles, print area, and headersFooters:
 *        page numbers and print date in the footer) — else skipped
 *        RangeFormat.indentLevel and Range.getCellProperties (cells' indent levels, read and written) — else
 *        no indents read, and the summary's program names unindented
 *        WorksheetCollection.onChanged — else Worksheet.onChanged on each sheet there is
 *   1.13 Range.getMergedAreasOrNullObject — else a merged area's other cells read empty, as Excel stores them
 */
export { officeFailure, type OfficeErrorReason } from "./error-reason";
export type { ExcelRun } from "./run";
export { documentSettingsOf, saveSettingText, settingText, type DocumentSettings } from "./document-settings";
export { createOfficeWorkbook } from "./office-workbook";
export { readOfficeRecord, writeOfficeRecord } from "./record";
export { selectCell, selectedRange } from "./select-cell";
export { createOfficeSource, type OfficeSourceOptions } from "./source";
export { watchEdits } from "./watch-edits";
export { writeSummaryBook } from "./write/write-summary";
