/**
 * Loading a whole workbook into ExcelJS, with the workbook's outline: what the fake Excel host is built from
 * (from-xlsx.ts), and nothing else. The .xlsx reader streams only the cells it needs
 * (src/workbook/xlsx/read/); both refuse what is not a readable .xlsx through the same checks (XlsxPackage).
 */
import ExcelJS from "exceljs";
import type { ExcelTable } from "../core/names/excel-table";
import { UnreadableWorkbookError, type WorkbookOutline } from "../workbook/port";
import { REL_TYPE, Relationships, relsPartOf } from "../workbook/xlsx/package/relationships";
import { XlsxPackage } from "../workbook/xlsx/package/xlsx-package";
import { readTables } from "../workbook/xlsx/read/tables";
import { parseWorkbookXml, type WorkbookXml } from "../workbook/xlsx/read/workbook-xml";
import { worksheetParts } from "../workbook/xlsx/read/worksheet-parts";
import { DATE_1904_OFFSET } from "./exceljs-cell";
import "./exceljs-fix";

export interface LoadedXlsx {
  readonly outline: WorkbookOutline;
  readonly workbook: ExcelJS.Workbook;
  /** Days to add to the serial of every Date ExcelJS made (see `dateToSerial`). */
  readonly dateOffsetDays: number;
  /** The XML of each custom XML part the workbook relates to (Budget Check's record among them), which ExcelJS drops. */
  readonly customXml: readonly string[];
}

export async function loadXlsx(data: Uint8Array, label: string): Promise<LoadedXlsx> {
  const pkg = XlsxPackage.open(data, label);
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let book: WorkbookXml;
  let tables: ExcelTable[];
  let customXml: string[];
  const workbook = withoutDefinedNames(new ExcelJS.Workbook());
  try {
    const workbookPart = pkg.officeDocumentPart();
    book = parseWorkbookXml(pkg.text(workbookPart)!);
    const rels = new Relationships(pkg.text(relsPartOf(workbookPart)) ?? "", workbookPart);
    customXml = rels.list.flatMap((r) => (r.type === REL_TYPE.customXml && r.part !== undefined ? (pkg.text(r.part) ?? []) : []));
    // Tables as the .xlsx reader finds them, from their own parts, so that both hosts see the same tables.
    tables = await readTables(pkg, worksheetParts(book, rels));
    // ExcelJS types its input as its own `Buffer` (an ArrayBuffer); at run time it hands it to JSZip as is.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(label, "corrupt", error instanceof Error ? error.message : String(error));
  }
  // ExcelJS honours only `date1904="1"`, not the equally valid `"true"`, and then dates its days from 1900.
  const dateOffsetDays = book.date1904 && !workbook.properties.date1904 ? DATE_1904_OFFSET : 0;
  return { outline: { sheets: book.sheets, names: book.names, tables }, workbook, dateOffsetDays, customXml };
}

interface WorkbookParser {
  parseWorkbook(stream: unknown): Promise<{ definedNames?: unknown }>;
}

/**
 * Names come from workbook.xml itself (parseWorkbookXml); ExcelJS would expand every named range into a
 * map of its cells, which for a name over a whole column or 1,048,576 rows takes seconds and gigabytes.
 * This workbook's parser hands ExcelJS no names at all.
 */
function withoutDefinedNames(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  const parser = workbook.xlsx as unknown as WorkbookParser;
  const parseWorkbook = parser.parseWorkbook.bind(parser);
  parser.parseWorkbook = async (stream) => ({ ...(await parseWorkbook(stream)), definedNames: [] });
  return workbook;
}
