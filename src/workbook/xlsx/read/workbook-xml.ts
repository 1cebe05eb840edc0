/**
 * Reads sheet names, defined names (both scopes, constants and whole columns included) and the date system
 * from `xl/workbook.xml`, in one pass of the XML scanner: a part of 100,000 tags, closed or not, costs its
 * length. Element names may carry a namespace prefix (`x:sheet`).
 */
import type { DefinedName } from "../../../core/names/defined-name";
import { attributeOf, scanXmlText, type XmlHandler } from "./xml-scanner";

export interface WorkbookXml {
  /** Sheet names in tab order (worksheets and chart sheets alike, as `localSheetId` counts them). */
  readonly sheets: string[];
  /** Each sheet's relationship id (`r:id`), which names its part in the workbook's relationships. */
  readonly sheetRelIds: string[];
  readonly names: DefinedName[];
  readonly date1904: boolean;
}

export function parseWorkbookXml(xml: string): WorkbookXml {
  const handler = new WorkbookHandler();
  scanXmlText(xml, handler);
  const { sheets, sheetRelIds, date1904 } = handler;
  const names: DefinedName[] = [];
  for (const { name, localSheetId, formula } of handler.definedNames) {
    // Built-in names (print areas, filter ranges) are Excel's own, never a user's table.
    if (name === "" || name.startsWith("_xlnm.")) continue;
    const scopeSheet = localSheetId === undefined ? undefined : sheets[Number(localSheetId)];
    names.push(scopeSheet === undefined ? { name, formula } : { name, scopeSheet, formula });
  }
  return { sheets, sheetRelIds, names, date1904 };
}

interface DefinedNameXml {
  readonly name: string;
  readonly localSheetId: string | undefined;
  formula: string;
}

class WorkbookHandler implements XmlHandler {
  readonly sheets: string[] = [];
  readonly sheetRelIds: string[] = [];
  readonly definedNames: DefinedNameXml[] = [];
  date1904 = false;
  /** The defined name whose formula text is being read. */
  private reading: DefinedNameXml | undefined;

  get wantsText(): boolean {
    return this.reading !== undefined;
  }

  open(name: string, attributes: string): void {
    switch (name) {
      case "sheet":
        this.sheets.push(attributeOf(attributes, "name") ?? "");
        this.sheetRelIds.push(attributeOf(attributes, "id") ?? "");
        break;
      case "definedName":
        this.reading = { name: attributeOf(attributes, "name") ?? "", localSheetId: attributeOf(attributes, "localSheetId"), formula: "" };
        this.definedNames.push(this.reading);
        break;
      case "workbookPr":
        this.date1904 = /^(1|true)$/i.test(attributeOf(attributes, "date1904") ?? "");
        break;
    }
  }

  text(text: string): void {
    this.reading!.formula += text;
  }

  close(name: string): void {
    if (name === "definedName") this.reading = undefined;
  }
}
