/**
 * Serialises a SheetSpec as a SpreadsheetML worksheet part, children in the order CT_Worksheet demands (Excel
 * refuses a part whose elements are out of order). Charts are not written here: a chart needs drawing and chart
 * parts of its own, and the Office.js writer draws native ones; the file keeps the figures they would show.
 */
import { a1, type CellRect } from "../../../core/address";
import { specExtent, type CellContent, type SheetSpec, type SpecCell, type SpecLink } from "../../../core/summary/sheet-spec";
import { argb } from "./styles";
import { escapeAttr, escapeText, FORBIDDEN } from "../package/xml";

export interface SheetXmlContext {
  /** The `cellXfs` index of a cell, or undefined for the workbook's default format. */
  styleIndex(cell: SpecCell): number | undefined;
  /** The name a link's sheet has in the finished workbook. */
  sheetName(link: SpecLink): string;
  /** The id of the sheet's relationship to another workbook, `file` as in a SpecLink. */
  externalLinkId(file: string): string;
  /** Subtracted from 1900-system date serials: 1462 in a workbook that counts from 1904. */
  readonly dateOffsetDays: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel keeps no more characters in a cell. */
const MAX_TEXT = 32_767;
const WORKSHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function sheetXml(spec: SheetSpec, context: SheetXmlContext): string {
  const cells = sortedCells(spec.cells);
  spec.merges.forEach(checkRange);
  spec.conditionalFormats.forEach(checkRange);
  checkMergesDisjoint(spec.merges);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    WORKSHEET_OPEN,
    spec.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="${dimension(spec)}"/>`,
    sheetViews(spec.freeze),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols(spec.columnWidths),
    sheetData(cells, spec.rowHeights, context),
    mergeCells(spec.merges),
    conditionalFormatting(spec),
    hyperlinks(cells, context),
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    pageSetup(spec),
    headerFooter(spec),
    rowBreaks(spec),
    "</worksheet>",
  ];
  return parts.join("");
}

function sortedCells(cells: readonly SpecCell[]): SpecCell[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  sorted.forEach((cell, i) => {
    checkPosition(cell.row, cell.col);
    const previous = sorted[i - 1];
    if (previous && previous.row === cell.row && previous.col === cell.col) {
      throw new Error(`two cells at ${a1(cell.row, cell.col)}`);
    }
  });
  return sorted;
}

function checkPosition(row: number, col: number): void {
  const fits = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;
  if (!fits(row, MAX_ROWS) || !fits(col, MAX_COLUMNS)) throw new Error(`no cell at row ${row}, column ${col}`);
}

function checkRange(range: CellRect): void {
  checkPosition(range.top, range.left);
  checkPosition(range.bottom, range.right);
  if (range.bottom < range.top || range.right < range.left) throw new Error(`an inverted range ${rangeRef(range)}`);
}

/**
 * Excel repairs away overlapping merges, and with them the cells' content. Swept in order of their top rows, each
 * merge meets only those that start before it ends: a findings sheet has a merge on each of thousands of rows.
 */
function checkMergesDisjoint(merges: readonly CellRect[]): void {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  byTop.forEach((a, i) => {
    for (let j = i + 1; j < byTop.length && byTop[j].top <= a.bottom; j++) {
      const b = byTop[j];
      if (a.left <= b.right && b.left <= a.right) throw new Error(`merges ${rangeRef(a)} and ${rangeRef(b)} overlap`);
    }
  });
}

function rangeRef(range: CellRect): string {
  const first = a1(range.top, range.left);
  const last = a1(range.bottom, range.right);
  return first === last ? first : `${first}:${last}`;
}

function dimension(spec: SheetSpec): string {
  const extent = specExtent(spec);
  return extent === null ? "A1" : rangeRef(extent);
}

function sheetViews(freeze: SheetSpec["freeze"]): string {
  const { rows, columns } = freeze;
  if (rows === 0 && columns === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  checkPosition(rows, columns);
  const activePane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = a1(rows, columns);
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${topLeft}" activePane="${activePane}" state="frozen"/>` +
    `<selection pane="${activePane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

function cols(widths: readonly number[]): string {
  if (widths.length === 0) return "";
  const entries = widths.map((width, i) => {
    if (!Number.isFinite(width) || width < 0 || width > 255) throw new Error(`column width ${width}`);
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  });
  return `<cols>${entries.join("")}</cols>`;
}

function sheetData(cells: readonly SpecCell[], heights: Readonly<Record<number, number>>, context: SheetXmlContext): string {
  const byRow = new Map<number, SpecCell[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row);
    if (row === undefined) byRow.set(cell.row, [cell]);
    else row.push(cell);
  }
  const rowIndexes = [...new Set([...byRow.keys(), ...Object.keys(heights).map(Number)])].sort((a, b) => a - b);
  const rows = rowIndexes.map((row) => {
    checkPosition(row, 0);
    const height = heights[row];
    if (height !== undefined && !(Number.isFinite(height) && height >= 0 && height <= 409)) {
      throw new Error(`row height ${height}`);
    }
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    const content = (byRow.get(row) ?? []).map((cell) => cellXml(cell, context)).join("");
    return `<row r="${row + 1}"${ht}>${content}</row>`;
  });
  return `<sheetData>${rows.join("")}</sheetData>`;
}

function cellXml(cell: SpecCell, context: SheetXmlContext): string {
  const style = context.styleIndex(cell);
  const head = `<c r="${a1(cell.row, cell.col)}"${style === undefined ? "" : ` s="${style}"`}`;
  const content: CellContent = cell.content;
  if ("text" in content) {
    // No text is an empty cell, as Office.js makes of "": a formula that reads it sees a blank (0), not text.
    if (content.text === "") return `${head}/>`;
    // An inline string is never parsed, so a label that starts with `=`, `+`, `-` or `@` stays a label.
    return `${head} t="inlineStr"><is><t xml:space="preserve">${stringText(content.text)}</t></is></c>`;
  }
  if ("number" in content) return `${head}><v>${number(content.number)}</v></c>`;
  if ("date" in content) return `${head}><v>${number(content.date - context.dateOffsetDays)}</v></c>`;
  const formula = escapeText(content.formula.replace(/^=/, ""));
  if (typeof content.result === "string") {
    return `${head} t="str"><f>${formula}</f><v>${stringText(content.result)}</v></c>`;
  }
  return `${head}><f>${formula}</f><v>${number(content.result)}</v></c>`;
}

/**
 * Excel reads `_xHHHH_` in a string as an escaped character: a literal one gets its underscore escaped, and a
 * character XML cannot hold (a control character, a lone surrogate) is written so, as Excel writes it, rather
 * than lost. Text beyond Excel's cell limit is cut, or Excel would refuse the file.
 */
function stringText(text: string): string {
  const escaped = text
    .slice(0, MAX_TEXT)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(FORBIDDEN, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeText(escaped);
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a cell cannot hold ${value}`);
  return String(value);
}

function mergeCells(merges: readonly CellRect[]): string {
  if (merges.length === 0) return "";
  return `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("")}</mergeCells>`;
}

function conditionalFormatting(spec: SheetSpec): string {
  return spec.conditionalFormats
    .map(
      (bar, i) =>
        `<conditionalFormatting sqref="${rangeRef(bar)}"><cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="num" val="${number(bar.min)}"/><cfvo type="num" val="${number(bar.max)}"/>` +
        `<color rgb="${argb(bar.color)}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join("");
}

/**
 * `location` names the sheet and cell. Internal links need nothing more; a link to another workbook also
 * carries the id of the sheet's relationship to that file, and `location` is then a place in that file.
 */
function hyperlinks(cells: readonly SpecCell[], context: SheetXmlContext): string {
  const links = cells.flatMap((cell) => {
    if (cell.link === undefined) return [];
    const sheet = context.sheetName(cell.link);
    const target = cell.link.cell.replace(/\$/g, "") || "A1";
    const location = `'${sheet.replace(/'/g, "''")}'!${target}`;
    const id = "file" in cell.link ? ` r:id="${escapeAttr(context.externalLinkId(cell.link.file))}"` : "";
    return [`<hyperlink ref="${a1(cell.row, cell.col)}"${id} location="${escapeAttr(location)}"/>`];
  });
  return links.length === 0 ? "" : `<hyperlinks>${links.join("")}</hyperlinks>`;
}

function pageSetup(spec: SheetSpec): string {
  const fit = spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  // Paper size 9 is A4, the only paper SheetSpec knows.
  return `<pageSetup paperSize="9" orientation="${spec.print.orientation}"${fit}/>`;
}

/** The page footer's sections (`&C` centre, `&R` right), in the header and footer codes the model holds. */
function headerFooter(spec: SheetSpec): string {
  const footer = spec.print.footer;
  if (footer === undefined) return "";
  const sections = (footer.center === undefined ? "" : `&C${footer.center}`) + (footer.right === undefined ? "" : `&R${footer.right}`);
  return sections === "" ? "" : `<headerFooter><oddFooter>${escapeText(sections)}</oddFooter></headerFooter>`;
}

/** Manual page breaks, each above its row: a `<brk>`'s id is the zero-based row a new page starts at. */
function rowBreaks(spec: SheetSpec): string {
  const rows = spec.print.rowBreaks ?? [];
  if (rows.length === 0) return "";
  rows.forEach((row) => checkPosition(row, 0));
  const breaks = rows.map((row) => `<brk id="${row}" max="${MAX_COLUMNS - 1}" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/** `$3:$4`: the rows a printout repeats, for the `_xlnm.Print_Titles` name. */
export function titleRowsRef(spec: SheetSpec): string | undefined {
  const rows = spec.print.titleRows;
  if (rows === undefined) return undefined;
  checkPosition(rows.first, 0);
  checkPosition(rows.last, 0);
  return `$${rows.first + 1}:$${rows.last + 1}`;
}
