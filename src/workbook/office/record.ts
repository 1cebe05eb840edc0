/// <reference types="office-js" />
/**
 * Budget Check's record (stamp and accepted findings) in the open workbook, as a custom XML part
 * (`workbook.customXmlParts`, ExcelApi 1.5): the same part the .xlsx path reads and writes, so a record made
 * in Excel is read by the CLI and the other way round.
 */
import { EMPTY_RECORD, RECORD_NAMESPACE, recordFromXml, recordToXml, type WorkbookRecord } from "../../core/stamp/record";
import type { ExcelRun } from "./run";

export function readOfficeRecord(run: ExcelRun): Promise<WorkbookRecord> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
    await context.sync();
    if (parts.items.length === 0) return EMPTY_RECORD;
    const xml = parts.items[0].getXml();
    await context.sync();
    return recordFromXml(xml.value) ?? EMPTY_RECORD;
  });
}

/** Replaces our part's XML, or adds the part: one part per workbook, whoever wrote it first. */
export function writeOfficeRecord(run: ExcelRun, record: WorkbookRecord): Promise<void> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
    await context.sync();
    if (parts.items.length > 0) parts.items[0].setXml(recordToXml(record));
    else context.workbook.customXmlParts.add(recordToXml(record));
    await context.sync();
  });
}
