/**
 * What a workbook holds, in forms two readings can be compared in: the written cells of an .xlsx read back
 * with ExcelJS (as `contents` of ../workbook/office/write-helpers gives them for the fake host) or as its
 * part spells them, every source cell with its style, and every defined name as workbook.xml spells it.
 */
import ExcelJS from "exceljs";
import { a1 } from "../../src/core/address";
import { cellFormula, cellValue } from "../../src/fake-excel/exceljs-cell";
import { loadXlsx } from "../../src/fake-excel/load-xlsx";
import { decodeXmlEntities } from "../../src/workbook/xlsx/package/xml";
import type { contentOf } from "../workbook/office/write-helpers";
import { child, children, parseXml } from "../workbook/xlsx/write/xml-tree";
import { partText, sheetPart } from "../workbook/xlsx/write/zip";

/** An .xlsx as ExcelJS reads it, through the adapter's loader (which spares ExcelJS the million-row names). */
export async function excelJsOf(data: Uint8Array, label = "workbook.xlsx"): Promise<ExcelJS.Workbook> {
  return (await loadXlsx(data, label)).workbook;
}

export type WrittenContent = ReturnType<typeof contentOf>;

/** Every cell with content or a number format, by address, as `contents` gives a fake sheet's. */
export function xlsxContents(worksheet: ExcelJS.Worksheet): Record<string, WrittenContent> {
  const out: Record<string, WrittenContent> = {};
  worksheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // The other cells of a merge hold nothing, in Excel as in the fake.
      const merged = cell.type === ExcelJS.ValueType.Merge;
      const raw = merged ? null : cellValue(cell, 0);
      const value = raw === "" ? null : raw;
      const formula = merged ? null : cellFormula(cell);
      const numberFormat = cell.numFmt || "General";
      if (value === null && formula === null && numberFormat === "General") return;
      out[a1(r - 1, c - 1)] = { ...(value !== null && { value }), ...(formula !== null && { formula }), numberFormat };
    }),
  );
  return out;
}

export interface SourceCell {
  readonly type: ExcelJS.ValueType;
  /** As ExcelJS holds it: a formula with its cached result, a shared formula, rich text, a date. */
  readonly value: unknown;
  readonly numFmt: unknown;
  readonly font: unknown;
  readonly fill: unknown;
  readonly border: unknown;
  readonly alignment: unknown;
}

/** Every cell of a sheet ExcelJS knows of, with its value, formula, number format and style; and its merges. */
export function sourceSnapshot(worksheet: ExcelJS.Worksheet): { cells: Record<string, SourceCell>; merges: string[] } {
  const cells: Record<string, SourceCell> = {};
  worksheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const { numFmt, font, fill, border, alignment } = cell.style;
      // `value` drops a formula's falsy result; `result` keeps it.
      const value = cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
      cells[a1(r - 1, c - 1)] = { type: cell.type, value, numFmt, font, fill, border, alignment };
    }),
  );
  return { cells, merges: [...worksheet.model.merges].sort() };
}

export interface DefinedNameXml {
  readonly name: string;
  /** The sheet a `localSheetId` names; undefined for the workbook scope. */
  readonly scope?: string;
  readonly hidden: boolean;
  readonly formula: string;
}

const SHEET = /<(?:[\w.-]+:)?sheet\b[^>]*?\bname="([^"]*)"/g;
const DEFINED_NAME = /<((?:[\w.-]+:)?definedName)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;

/** Every `<definedName>` of a workbook.xml, Excel's own (`_xlnm.*`) included, with its scope as a sheet name. */
export function definedNamesOf(workbookXml: string): DefinedNameXml[] {
  const sheets = [...workbookXml.matchAll(SHEET)].map((m) => decodeXmlEntities(m[1]));
  return [...workbookXml.matchAll(DEFINED_NAME)].map((m) => {
    const attribute = (name: string) => {
      const found = new RegExp(`\\b${name}="([^"]*)"`).exec(m[2])?.[1];
      return found === undefined ? undefined : decodeXmlEntities(found);
    };
    const localSheetId = attribute("localSheetId");
    return {
      name: attribute("name") ?? "",
      ...(localSheetId !== undefined && { scope: sheets[Number(localSheetId)] }),
      hidden: /^(1|true)$/.test(attribute("hidden") ?? ""),
      formula: decodeXmlEntities(m[3] ?? ""),
    };
  });
}

export interface XmlCell {
  /** The `t` attribute: `inlineStr`, `s`, `str`, `b`, `e`, or undefined for a number. */
  readonly type?: string;
  readonly formula?: string;
  /** An inline string as Excel shows it, its `_xHHHH_` escapes read. */
  readonly text?: string;
}

/** The cells of a sheet as its part spells them: whether each is a string or a formula, and its text. */
export async function xmlCellsOf(data: Uint8Array, sheet: string): Promise<Record<string, XmlCell>> {
  const root = parseXml(await partText(data, await sheetPart(data, sheet)));
  const cells: Record<string, XmlCell> = {};
  for (const row of children(child(root, "sheetData")!, "row")) {
    for (const c of children(row, "c")) {
      const formula = child(c, "f")?.text;
      const inline = child(c, "is");
      const text = inline === undefined ? undefined : children(inline, "t").map((t) => t.text).join("");
      cells[c.attributes.r] = {
        ...(c.attributes.t !== undefined && { type: c.attributes.t }),
        ...(formula !== undefined && { formula }),
        ...(text !== undefined && { text: text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) }),
      };
    }
  }
  return cells;
}
