/**
 * Loading: from bytes to a parsed ExcelJS workbook and the workbook's outline, refusing what is not a readable
 * .xlsx with an UnreadableWorkbookError. Kept apart from the conversion so a streaming reader can replace it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { UnreadableWorkbookError, type UnreadableReason, type WorkbookOutline } from "../port";
import { DATE_1904_OFFSET } from "./cell-value";
import { readZipDirectory, sniffContainer, zipTooLarge } from "./container";
import "./exceljs-fix";
import { parseWorkbookXml } from "./workbook-xml";

export interface LoadedXlsx {
  readonly outline: WorkbookOutline;
  readonly workbook: ExcelJS.Workbook;
  /** Days to add to the serial of every Date ExcelJS made (see `dateToSerial`). */
  readonly dateOffsetDays: number;
}

const WORKBOOK_PART = "xl/workbook.xml";

export async function loadXlsx(data: Uint8Array, label: string): Promise<LoadedXlsx> {
  const fail = (reason: UnreadableReason, detail?: string) => new UnreadableWorkbookError(label, reason, detail);

  const kind = sniffContainer(data);
  if (kind !== "zip") throw fail(kind);
  const entries = readZipDirectory(data);
  if (entries === null) throw fail("corrupt", "the zip directory cannot be read");
  const tooLarge = zipTooLarge(entries);
  if (tooLarge !== null) throw fail("too-large", tooLarge);
  if (!entries.some((entry) => entry.name === WORKBOOK_PART)) throw fail("no-workbook");

  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let workbookXml: string;
  const workbook = withoutDefinedNames(new ExcelJS.Workbook());
  try {
    const zip = await JSZip.loadAsync(buffer);
    workbookXml = await zip.file(WORKBOOK_PART)!.async("string");
    // ExcelJS types its input as its own `Buffer` (an ArrayBuffer); at run time it hands it to JSZip as is.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw fail("corrupt", error instanceof Error ? error.message : String(error));
  }
  const { sheets, names, date1904 } = parseWorkbookXml(workbookXml);
  // ExcelJS honours only `date1904="1"`, not the equally valid `"true"`, and then dates its days from 1900.
  const dateOffsetDays = date1904 && !workbook.properties.date1904 ? DATE_1904_OFFSET : 0;
  return { outline: { sheets, names }, workbook, dateOffsetDays };
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
