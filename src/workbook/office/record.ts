/// <reference types="office-js" />
/**
 * Budget Check's record (stamp, accepted findings, copies of settings) in the open workbook, as a custom XML part
 * (`workbook.customXmlParts`, ExcelApi 1.5): the same part the .xlsx path reads and writes, so a record made in
 * Excel is read by the CLI and the other way round. Excel for Mac has been reported to lose custom XML parts and
 * document settings on save (office-js issue 6091), so the part is read back as soon as it is written, and a copy
 * goes into the document's settings: a workbook that comes back without its part is read from the copy, marked
 * `recovered` for the shells to say so.
 */
import { EMPTY_RECORD, RECORD_NAMESPACE, recordFromXml, recordToXml, type WorkbookRecord } from "../../core/stamp/record";
import { saveSettingText, settingText, type DocumentSettings } from "./document-settings";
import type { ExcelRun } from "./run";

/** The document setting that keeps a copy of the record's XML. */
export const RECORD_COPY_SETTING = "budgetCheck.record";

export async function readOfficeRecord(run: ExcelRun, settings?: DocumentSettings): Promise<WorkbookRecord> {
  const xml = await readPartXml(run);
  if (xml !== null) return recordFromXml(xml) ?? EMPTY_RECORD;
  const copy = settings === undefined ? null : settingText(settings, RECORD_COPY_SETTING);
  const recovered = copy === null ? null : recordFromXml(copy);
  return recovered === null ? EMPTY_RECORD : { ...recovered, recovered: true };
}

/**
 * Replaces our part's XML, or adds the part (one part per workbook, whoever wrote it first), reads it back in the
 * same round trip, then keeps the copy in the document's settings. A part that does not read back as written
 * fails with `RecordNotKeptError`; a copy that cannot be saved leaves the part, which is the record, as it is.
 */
export async function writeOfficeRecord(run: ExcelRun, record: WorkbookRecord, settings?: DocumentSettings): Promise<void> {
  const { recovered: _, ...kept } = record;
  const xml = recordToXml(kept);
  const readBack = await run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
    await context.sync();
    const part = parts.items.length > 0 ? parts.items[0] : context.workbook.customXmlParts.add(xml);
    if (parts.items.length > 0) part.setXml(xml);
    const written = part.getXml();
    await context.sync();
    // A ClientResult, filled by the sync: there is nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    return written.value;
  });
  if (JSON.stringify(recordFromXml(readBack)) !== JSON.stringify(recordFromXml(xml))) throw new RecordNotKeptError();
  if (settings !== undefined) await saveSettingText(settings, RECORD_COPY_SETTING, xml).catch(() => undefined);
}

async function readPartXml(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
    await context.sync();
    if (parts.items.length === 0) return null;
    const xml = parts.items[0].getXml();
    await context.sync();
    // A ClientResult, filled by the sync: there is nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
}

/** The record's part read back otherwise than written: shaped as the general failure the pane words. */
class RecordNotKeptError extends Error {
  readonly code = "GeneralException";

  constructor() {
    super("the workbook's Budget Check record does not read back as written");
    this.name = "RecordNotKeptError";
  }
}
