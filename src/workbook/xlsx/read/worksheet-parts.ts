/** Which part holds each worksheet: the workbook's relationships, by each sheet's `r:id`. */
import type { Relationships } from "../package/relationships";
import type { WorkbookXml } from "./workbook-xml";

export interface SheetPart {
  /** As the workbook spells it. */
  readonly sheet: string;
  readonly part: string;
}

/** Worksheets in tab order; chart sheets, which hold no cells, are left out. */
export function worksheetParts(book: WorkbookXml, rels: Relationships): SheetPart[] {
  const parts: SheetPart[] = [];
  book.sheets.forEach((sheet, i) => {
    const rel = rels.byId(book.sheetRelIds[i]);
    if (rel?.part !== undefined && rel.type.endsWith("/worksheet")) parts.push({ sheet, part: rel.part });
  });
  return parts;
}
