export { openXlsxBuffer, openXlsxFile, readXlsxFile } from "./open";
export { emptyXlsxWorkbook, openXlsxWorkbook, openXlsxWorkbookFile, type XlsxWorkbook } from "./xlsx-workbook";
