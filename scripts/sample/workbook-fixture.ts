/**
 * A tiny declarative model of a workbook, written to a real .xlsx with ExcelJS. The sample workbook is built
 * from it, and tests clone the sample and plant defects in it (a wrong total, a `#REF!` name, text numbers).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export type FixtureValue = string | number | boolean | Date | null;

export interface FixtureCellSpec {
  value?: FixtureValue;
  /** Formula text without the leading "=". */
  formula?: string;
  /** The cached result of `formula`, what a reader sees without recalculating. */
  result?: number | string;
  numFmt?: string;
  /** An error value such as "#DIV/0!": the cell's value, or the cached result of `formula`. */
  error?: string;
  bold?: boolean;
  /** Solid fill colour, "D9E1F2", "#D9E1F2" or "FFD9E1F2". */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

/** A bare string, number or boolean is the cell's value; null is an empty cell. */
export type FixtureCell = string | number | boolean | null | FixtureCellSpec;

export interface FixtureSheet {
  name: string;
  /** Keyed by A1 address without `$`. */
  cells: Record<string, FixtureCell>;
  /** Merged areas, "A3:A4"; the value lives in the top-left cell. */
  merges?: string[];
  /** Column letter → width in characters. */
  columnWidths?: Record<string, number>;
}

export interface FixtureName {
  name: string;
  /** Written verbatim: "'예산'!$A$3:$D$9", "#REF!", "0.5". */
  ref: string;
  /** Makes the name sheet-scoped (`localSheetId` = this sheet's tab index). */
  scopeSheet?: string;
}

export interface WorkbookFixture {
  sheets: FixtureSheet[];
  names: FixtureName[];
}

/** Fixed document and zip-entry dates, so the same fixture always yields the same bytes. */
export const FIXTURE_TIMESTAMP = new Date(Date.UTC(2018, 8, 30, 9, 0, 0));

export async function fixtureToXlsx(fixture: WorkbookFixture): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Budget Check";
  workbook.lastModifiedBy = "Budget Check";
  workbook.created = FIXTURE_TIMESTAMP;
  workbook.modified = FIXTURE_TIMESTAMP;

  for (const sheet of fixture.sheets) writeFixtureSheet(workbook.addWorksheet(sheet.name), sheet);

  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return rewritePackage(written, fixture);
}

/** Writes a fixture sheet's cells, merges and widths into a worksheet (ExcelJS's streaming writer's too). */
export function writeFixtureSheet(worksheet: ExcelJS.Worksheet, sheet: FixtureSheet): void {
  for (const [address, cell] of Object.entries(sheet.cells)) {
    writeCell(worksheet.getCell(address), cell);
  }
  // After the values: ExcelJS copies the master cell's style onto the merged cells.
  for (const area of sheet.merges ?? []) worksheet.mergeCells(area);
  for (const [column, width] of Object.entries(sheet.columnWidths ?? {})) {
    worksheet.getColumn(column).width = width;
  }
}

function writeCell(target: ExcelJS.Cell, cell: FixtureCell): void {
  if (cell === null) return;
  if (typeof cell !== "object") {
    target.value = cell;
    return;
  }
  if (cell.formula !== undefined) {
    const result = cell.error !== undefined ? { error: cell.error as ExcelJS.CellErrorValue["error"] } : cell.result;
    target.value = { formula: cell.formula, result };
  } else if (cell.error !== undefined) {
    target.value = { error: cell.error as ExcelJS.CellErrorValue["error"] };
  } else if (cell.value !== undefined) {
    target.value = cell.value;
  }
  if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
  if (cell.bold) target.font = { bold: true };
  if (cell.fill !== undefined) {
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  }
  if (cell.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (cell.align !== undefined || cell.wrap) {
    target.alignment = { horizontal: cell.align, vertical: "middle", wrapText: cell.wrap };
  }
}

function argb(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

/**
 * Writes `<definedNames>` exactly as the fixture gives them (ExcelJS cannot write sheet-scoped, constant or
 * `#REF!` names) and re-zips every entry with a fixed date.
 */
export async function rewritePackage(xlsx: Buffer, fixture: WorkbookFixture): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const withoutNames = workbookXml.replace(/<definedNames\s*\/>|<definedNames>[\s\S]*?<\/definedNames>/, "");
  const names = definedNamesXml(fixture);
  // CT_Workbook puts definedNames right after sheets (ExcelJS writes no functionGroups or externalReferences).
  const rewritten = withoutNames.replace("</sheets>", `</sheets>${names}`);

  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const content = entry.name === "xl/workbook.xml" ? rewritten : await entry.async("nodebuffer");
    // No folder entries: JSZip would stamp them with the current time.
    out.file(entry.name, content, { date: FIXTURE_TIMESTAMP, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
}

function definedNamesXml(fixture: WorkbookFixture): string {
  if (fixture.names.length === 0) return "";
  const entries = fixture.names.map((n) => {
    let scope = "";
    if (n.scopeSheet !== undefined) {
      const index = fixture.sheets.findIndex((s) => s.name === n.scopeSheet);
      if (index < 0) throw new Error(`name ${n.name}: scope sheet "${n.scopeSheet}" is not in the fixture`);
      scope = ` localSheetId="${index}"`;
    }
    return `<definedName name="${escapeXml(n.name)}"${scope}>${escapeXml(n.ref)}</definedName>`;
  });
  return `<definedNames>${entries.join("")}</definedNames>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// ── Addresses ───────────────────────────────────────────────────────────────────────────────────────────

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** (2, 5) → "B5"; column and row are 1-based. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * The formula text of a name over `range` on `sheet`, absolute and with the sheet quoted only where Excel
 * would quote it: rangeRef("예산", "A3:D9") → "예산!$A$3:$D$9", rangeRef("사업별 예산", "A3") → "'사업별 예산'!$A$3".
 */
export function rangeRef(sheet: string, range: string): string {
  const absolute = range
    .split(":")
    .map((corner) => corner.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(":");
  return `${quoteSheet(sheet)}!${absolute}`;
}

function quoteSheet(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

// ── Editing, for tests that plant defects in a copy of the sample ─────────────────────────────────────

/**
 * A deep copy. Not structuredClone: under Jest that makes Dates of another realm, which ExcelJS's
 * `instanceof Date` would not recognise.
 */
export function cloneFixture(fixture: WorkbookFixture): WorkbookFixture {
  return {
    sheets: fixture.sheets.map((sheet) => ({
      ...sheet,
      cells: Object.fromEntries(Object.entries(sheet.cells).map(([a1, cell]) => [a1, cloneCell(cell)])),
      ...(sheet.merges && { merges: [...sheet.merges] }),
      ...(sheet.columnWidths && { columnWidths: { ...sheet.columnWidths } }),
    })),
    names: fixture.names.map((n) => ({ ...n })),
  };
}

function cloneCell(cell: FixtureCell): FixtureCell {
  if (cell === null || typeof cell !== "object") return cell;
  return cell.value instanceof Date ? { ...cell, value: new Date(cell.value.getTime()) } : { ...cell };
}

export function getSheet(fixture: WorkbookFixture, sheet: string): FixtureSheet {
  const found = fixture.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet "${sheet}" in the fixture`);
  return found;
}

function normaliseAddress(a1: string): string {
  return a1.replace(/\$/g, "").toUpperCase();
}

export function getCell(fixture: WorkbookFixture, sheet: string, a1: string): FixtureCell | undefined {
  return getSheet(fixture, sheet).cells[normaliseAddress(a1)];
}

/** Replaces a cell wholesale (value and style); `undefined` removes it. Mutates and returns the fixture. */
export function setCell(
  fixture: WorkbookFixture,
  sheet: string,
  a1: string,
  cell: FixtureCell | undefined,
): WorkbookFixture {
  const cells = getSheet(fixture, sheet).cells;
  const address = normaliseAddress(a1);
  if (cell === undefined) delete cells[address];
  else cells[address] = cell;
  return fixture;
}

/**
 * Changes some properties of a cell and keeps the rest, e.g. a wrong cached `result` under an unchanged
 * formula, or a `value` of "1,137,337" that keeps the cell's number format. Mutates and returns the fixture.
 */
export function patchCell(
  fixture: WorkbookFixture,
  sheet: string,
  a1: string,
  patch: FixtureCellSpec,
): WorkbookFixture {
  const current = getCell(fixture, sheet, a1);
  const spec: FixtureCellSpec =
    current === undefined || current === null ? {} : typeof current === "object" ? current : { value: current };
  return setCell(fixture, sheet, a1, { ...spec, ...patch });
}

function sameName(n: FixtureName, name: string, scopeSheet: string | undefined): boolean {
  // Excel matches names without regard to case, within one scope.
  return n.name.toLowerCase() === name.toLowerCase() && n.scopeSheet === scopeSheet;
}

/** Adds a name, or repoints the one of that name in that scope. Mutates and returns the fixture. */
export function setName(fixture: WorkbookFixture, name: string, ref: string, scopeSheet?: string): WorkbookFixture {
  const existing = fixture.names.find((n) => sameName(n, name, scopeSheet));
  if (existing) existing.ref = ref;
  else fixture.names.push(scopeSheet === undefined ? { name, ref } : { name, ref, scopeSheet });
  return fixture;
}

export function removeName(fixture: WorkbookFixture, name: string, scopeSheet?: string): WorkbookFixture {
  fixture.names = fixture.names.filter((n) => !sameName(n, name, scopeSheet));
  return fixture;
}
