import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function buildXlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rewrites one part of a zip: for what ExcelJS cannot write (sheet-scoped names, `#REF!`, constants). */
export async function patchPart(data: Buffer, part: string, patch: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  zip.file(part, patch(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function readPart(data: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  return zip.file(part)!.async("string");
}

/** Replaces the workbook's `<definedNames>` with the given `<definedName>` elements. */
export function withDefinedNames(data: Buffer, ...definedNames: string[]): Promise<Buffer> {
  return patchPart(data, "xl/workbook.xml", (xml) =>
    xml
      .replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "")
      .replace("</sheets>", `</sheets><definedNames>${definedNames.join("")}</definedNames>`),
  );
}
