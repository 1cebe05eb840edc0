import ExcelJS from "exceljs";
import JSZip from "jszip";
import "../../../../src/fake-excel/exceljs-fix";

/** Every file entry of a zip, by name. */
export async function zipEntries(data: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const entries = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(entry.name, await entry.async("nodebuffer"));
  return entries;
}

export async function partText(data: Uint8Array, part: string): Promise<string> {
  const text = (await zipEntries(data)).get(part)?.toString("utf8");
  if (text === undefined) throw new Error(`no part ${part}`);
  return text;
}

export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The part of a sheet, following workbook.xml and its relationships. */
export async function sheetPart(data: Uint8Array, sheet: string): Promise<string> {
  const workbook = await partText(data, "xl/workbook.xml");
  const rels = await partText(data, "xl/_rels/workbook.xml.rels");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const relId = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (relId === undefined || target === undefined) throw new Error(`no sheet ${sheet}`);
  return `xl/${target}`;
}
