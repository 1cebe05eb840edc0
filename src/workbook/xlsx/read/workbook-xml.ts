/**
 * Reads sheet names, defined names (both scopes, constants and whole columns included) and the date system
 * from `xl/workbook.xml`. The part is small and machine-written, so a few regular expressions do; element names may carry a namespace prefix (`x:sheet`).
 */
import type { DefinedName } from "../../../core/names/defined-name";
import { decodeXmlEntities } from "../package/xml";

export interface WorkbookXml {
  /** Sheet names in tab order (worksheets and chart sheets alike, as `localSheetId` counts them). */
  readonly sheets: string[];
  /** Each sheet's relationship id (`r:id`), which names its part in the workbook's relationships. */
  readonly sheetRelIds: string[];
  readonly names: DefinedName[];
  readonly date1904: boolean;
}

const SHEET = /<(?:[\w.-]+:)?sheet\b([^>]*)>/g;
const DEFINED_NAME = /<((?:[\w.-]+:)?definedName)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
const WORKBOOK_PR = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseWorkbookXml(xml: string): WorkbookXml {
  const sheetAttributes = [...xml.matchAll(SHEET)].map((m) => attributes(m[1]));
  const sheets = sheetAttributes.map((attrs) => attrs.get("name") ?? "");
  const sheetRelIds = sheetAttributes.map((attrs) => attrs.get("id") ?? "");
  const names: DefinedName[] = [];
  for (const m of xml.matchAll(DEFINED_NAME)) {
    const attrs = attributes(m[2]);
    const name = attrs.get("name") ?? "";
    // Built-in names (print areas, filter ranges) are Excel's own, never a user's table.
    if (name === "" || name.startsWith("_xlnm.")) continue;
    const formula = decodeXmlEntities(m[3] ?? "");
    const localSheetId = attrs.get("localSheetId");
    const scopeSheet = localSheetId === undefined ? undefined : sheets[Number(localSheetId)];
    names.push(scopeSheet === undefined ? { name, formula } : { name, scopeSheet, formula });
  }
  const date1904 = /^(1|true)$/i.test(attributes(WORKBOOK_PR.exec(xml)?.[1] ?? "").get("date1904") ?? "");
  return { sheets, sheetRelIds, names, date1904 };
}

/** Attribute values by local name (a prefix such as `x:` is dropped), entities decoded. */
function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    attrs.set(m[1].replace(/^[\w.-]+:/, ""), decodeXmlEntities(m[2] ?? m[3]));
  }
  return attrs;
}
