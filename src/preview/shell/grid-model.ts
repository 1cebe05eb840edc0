/**
 * A fake workbook's sheet as the preview draws it: which rows and columns, how wide and tall, what each cell
 * shows (its value through its number format, roughly as Excel would), merged areas, and the selection.
 */
import { a1, columnLetters, parseA1, type CellRect } from "../../core/address";
// Module by module, not the fake host's index: that one brings ExcelJS, which the preview page does not need.
import { STANDARD_HEIGHT, STANDARD_WIDTH, type FakeCell, type FakeSheet, type FakeWorkbook } from "../../fake-excel/model";
import { displayText } from "../../fake-excel/number-text";

/** Enough to look like a sheet when the data is small; a cap so a register of 100,000 rows still draws. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
export const MAX_ROWS = 2_000;
const MAX_COLUMNS = 100;
/** Points to CSS pixels. */
const PX = 4 / 3;

export interface GridCell {
  readonly address: string;
  /** Zero-based. */
  readonly column: number;
  readonly text: string;
  readonly cell?: FakeCell;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Where the text sits when the cell sets no alignment: numbers right, text left, as in Excel. */
  readonly align: "left" | "center" | "right";
}

export interface GridRow {
  readonly index: number;
  readonly height: number;
  /** Cells hidden under a merged area are left out. */
  readonly cells: readonly GridCell[];
}

export interface SheetGrid {
  readonly columns: readonly { readonly letter: string; readonly width: number }[];
  readonly rows: readonly GridRow[];
  /** Rows past MAX_ROWS that hold data but are not drawn. */
  readonly rowsLeftOut: number;
}

/** The selection's rectangle on this sheet, or undefined when it is on another. */
export function selectionOn(workbook: FakeWorkbook, sheet: FakeSheet): CellRect | undefined {
  if (workbook.selection.sheet.toLowerCase() !== sheet.name.toLowerCase()) return undefined;
  const [from, to = from] = workbook.selection.address.replace(/\$/g, "").split(":");
  const start = parseA1(from);
  const end = parseA1(to);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function sheetGrid(sheet: FakeSheet, selection?: CellRect): SheetGrid {
  const merges = mergedAreas(sheet);
  let bottom = MIN_ROWS - 1;
  let right = MIN_COLUMNS - 1;
  for (const address of Object.keys(sheet.cells)) {
    const at = parseA1(address);
    if (at) [bottom, right] = [Math.max(bottom, at.row), Math.max(right, at.col)];
  }
  for (const area of merges.values()) [bottom, right] = [Math.max(bottom, area.bottom), Math.max(right, area.right)];
  if (selection) [bottom, right] = [Math.max(bottom, selection.bottom + 5), Math.max(right, selection.right + 2)];
  const lastRow = Math.min(bottom, MAX_ROWS - 1);
  const lastColumn = Math.min(right, MAX_COLUMNS - 1);

  const covered = new Set<string>();
  for (const area of merges.values()) {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) covered.add(a1(r, c));
  }
  const columns = Array.from({ length: lastColumn + 1 }, (_, c) => ({
    letter: columnLetters(c),
    width: Math.round((sheet.columnWidths[c] ?? STANDARD_WIDTH) * PX),
  }));
  const rows = Array.from({ length: lastRow + 1 }, (_, r): GridRow => {
    const cells: GridCell[] = [];
    for (let c = 0; c <= lastColumn; c++) {
      const address = a1(r, c);
      if (covered.has(address)) continue;
      const area = merges.get(address);
      cells.push(
        gridCell(address, c, sheet.cells[address], area ? area.bottom - area.top + 1 : 1, area ? area.right - area.left + 1 : 1),
      );
    }
    return { index: r, height: Math.round((sheet.rowHeights[r] ?? STANDARD_HEIGHT) * PX), cells };
  });
  return { columns, rows, rowsLeftOut: Math.max(0, bottom - lastRow) };
}

function gridCell(address: string, column: number, cell: FakeCell | undefined, rowSpan: number, colSpan: number): GridCell {
  const value = cell?.value;
  const align = typeof value === "number" ? "right" : typeof value === "boolean" || typeof value === "object" ? "center" : "left";
  return { address, column, text: displayText(value, cell?.numberFormat), cell, rowSpan, colSpan, align };
}

function mergedAreas(sheet: FakeSheet): Map<string, CellRect> {
  const areas = new Map<string, CellRect>();
  for (const merge of sheet.merges) {
    const [from, to] = merge.replace(/\$/g, "").split(":");
    const start = parseA1(from);
    const end = parseA1(to ?? from);
    if (start && end) areas.set(a1(start.row, start.col), { top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return areas;
}
