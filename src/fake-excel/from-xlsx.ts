/**
 * Any .xlsx as a fake Excel host's workbook, loaded through ExcelJS (load-xlsx.ts): sheets in tab order,
 * every defined name (both scopes, constants and `#REF!` included), the Excel tables, cell values (formulas keep their cached
 * results), formulas, number formats, the formats Office.js exposes, merges, widths and heights, and the
 * custom XML parts (Budget Check's record among them) that Excel serves through `workbook.customXmlParts`.
 */
import type ExcelJS from "exceljs";
import { a1 } from "../core/address";
import { parseArea } from "./address";
import { characterWidthToPoints } from "../workbook/column-width";
import { cellFormula, cellValue } from "./exceljs-cell";
import { loadXlsx } from "./load-xlsx";
import { newCustomXmlPart } from "./objects/custom-xml";
import { newSheet, sheetId, type FakeBorder, type FakeCell, type FakeCellFormat, type FakeSheet, type FakeWorkbook } from "./model";

export async function fakeWorkbookFromXlsx(data: Uint8Array, label = "workbook.xlsx"): Promise<FakeWorkbook> {
  const { outline, workbook, dateOffsetDays, customXml } = await loadXlsx(data, label);
  const sheets: FakeSheet[] = [];
  const formats: SharedFormats = new Map();
  for (const name of outline.sheets) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet !== undefined) sheets.push(sheetOf(worksheet, sheets.length + 1, dateOffsetDays, formats)); // chart sheets are no worksheets
  }
  const names = outline.names.map((n) => ({
    name: n.name,
    ...(n.scopeSheet !== undefined && { scopeSheet: n.scopeSheet }),
    formula: n.formula.startsWith("=") ? n.formula : `=${n.formula}`,
    visible: true,
  }));
  for (const table of outline.tables) {
    const sheet = sheets.find((s) => s.name === table.sheet);
    const area = parseArea(table.ref);
    if (sheet === undefined || area === null) continue;
    sheet.tables.push({ name: table.name, rect: area.rect, showHeaders: table.headerRowCount > 0, showTotals: table.totalsRowCount > 0 });
  }
  const active = sheets[workbook.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  const activeSheet = active?.name ?? "";
  const customXmlParts = customXml.flatMap((xml, i) => newCustomXmlPart(i + 1, xml) ?? []);
  return {
    sheets,
    names,
    activeSheet,
    selection: { sheet: activeSheet, address: "A1" },
    ...(customXmlParts.length > 0 && { customXmlParts }),
  };
}

/**
 * One format object for all the cells that look alike, by its JSON: a register of 100,000 lots has ten formats
 * among a million cells, which each held its own (480 MB of Node's heap for the workbook, most of the pane
 * benchmark's page). Shared formats are frozen, so a write changes a copy (objects/format.ts) and nothing else can
 * change one for all its cells.
 */
type SharedFormats = Map<string, FakeCellFormat>;

function sheetOf(worksheet: ExcelJS.Worksheet, n: number, dateOffsetDays: number, formats: SharedFormats): FakeSheet {
  const sheet = newSheet(worksheet.name, sheetId(n));
  sheet.visibility = worksheet.state === "hidden" ? "Hidden" : worksheet.state === "veryHidden" ? "VeryHidden" : "Visible";
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height !== undefined) sheet.rowHeights[rowNumber - 1] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const fake = cellOf(cell, dateOffsetDays, formats);
      if (fake !== null) sheet.cells[a1(rowNumber - 1, colNumber - 1)] = fake;
    });
  });
  sheet.merges = [...worksheet.model.merges];
  for (let c = 1; c <= worksheet.columnCount; c++) {
    const width = worksheet.getColumn(c).width;
    if (width !== undefined) sheet.columnWidths[c - 1] = characterWidthToPoints(width);
  }
  const view = worksheet.views?.[0];
  if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  return sheet;
}

const MERGE = 1; // ExcelJS.ValueType.Merge: a merged cell other than the top-left one, which holds no value

function cellOf(cell: ExcelJS.Cell, dateOffsetDays: number, formats: SharedFormats): FakeCell | null {
  const fake: FakeCell = {};
  if (cell.type !== MERGE) {
    const value = cellValue(cell, dateOffsetDays);
    if (value !== null) fake.value = value;
    const formula = cellFormula(cell);
    if (formula !== null) fake.formula = formula;
    const link = (cell.value as { hyperlink?: unknown } | null)?.hyperlink;
    if (typeof link === "string") fake.hyperlink = link.startsWith("#") ? { documentReference: link.slice(1) } : { address: link };
  }
  if (cell.numFmt && cell.numFmt !== "General") fake.numberFormat = cell.numFmt;
  const format = formatOf(cell.style);
  if (format !== undefined) {
    const key = JSON.stringify(format);
    if (!formats.has(key)) formats.set(key, frozen(format));
    fake.format = formats.get(key);
  }
  return Object.keys(fake).length === 0 ? null : fake;
}

function formatOf(style: Partial<ExcelJS.Style>): FakeCellFormat | undefined {
  const format: FakeCellFormat = {};
  const font = style.font;
  if (font) {
    const f = {
      ...(font.bold && { bold: true }),
      ...(font.italic && { italic: true }),
      ...(font.color?.argb && { color: rgb(font.color.argb) }),
      ...(font.size !== undefined && { size: font.size }),
      ...(font.underline && { underline: font.underline === "double" ? "Double" : "Single" }),
      ...(font.name && { name: font.name }),
    };
    if (Object.keys(f).length > 0) format.font = f;
  }
  const fill = style.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) format.fill = rgb(fill.fgColor.argb);
  const borders: NonNullable<FakeCellFormat["borders"]> = {};
  const edges = [["top", "EdgeTop"], ["bottom", "EdgeBottom"], ["left", "EdgeLeft"], ["right", "EdgeRight"]] as const;
  for (const [side, edge] of edges) {
    const border = borderOf(style.border?.[side]);
    if (border) borders[edge] = border;
  }
  if (Object.keys(borders).length > 0) format.borders = borders;
  const alignment = style.alignment;
  if (alignment?.horizontal) format.horizontalAlignment = HORIZONTAL[alignment.horizontal] ?? "General";
  if (alignment?.vertical) format.verticalAlignment = VERTICAL[alignment.vertical] ?? "Bottom";
  if (alignment?.wrapText) format.wrapText = true;
  if (alignment?.indent) format.indentLevel = alignment.indent;
  return Object.keys(format).length === 0 ? undefined : format;
}

const HORIZONTAL: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" };
const WEIGHT: Record<string, string> = { thin: "Thin", medium: "Medium", thick: "Thick", hair: "Hairline" };

function borderOf(border: Partial<ExcelJS.Border> | undefined): FakeBorder | undefined {
  if (!border?.style) return undefined;
  const style = /dash/i.test(border.style) ? "Dash" : border.style === "dotted" ? "Dot" : border.style === "double" ? "Double" : "Continuous";
  return { style, weight: WEIGHT[border.style] ?? "Thin", color: border.color?.argb ? rgb(border.color.argb) : "#000000" };
}

/** The format and the font and borders in it, frozen: one shared by many cells is never changed in place. */
function frozen(format: FakeCellFormat): FakeCellFormat {
  if (format.font) Object.freeze(format.font);
  if (format.borders) {
    Object.values(format.borders).forEach((border) => Object.freeze(border));
    Object.freeze(format.borders);
  }
  return Object.freeze(format);
}

/** `FFD9E1F2` → `#D9E1F2`. */
function rgb(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}
