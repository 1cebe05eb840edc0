/** Reads requested rectangles out of a loaded ExcelJS workbook, clipped to each sheet's used area. */
import ExcelJS from "exceljs";
import type { CellValue, Grid, GridArea } from "../../core/grid";
import type { RangeRequest } from "../port";
import { cellFormula, cellNumberFormat, cellValue } from "./cell-value";

/** Zero-based index of the last row and column holding a value; -1 for an empty sheet. */
export interface UsedArea {
  readonly lastRow: number;
  readonly lastCol: number;
}

function holdsValue(cell: ExcelJS.Cell): boolean {
  const source = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
  return source.type !== ExcelJS.ValueType.Null;
}

/** Formatting alone (a styled empty cell, an empty merge) does not make a cell used. */
export function usedArea(sheet: ExcelJS.Worksheet): UsedArea {
  let lastRow = -1;
  let lastCol = -1;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (!holdsValue(cell)) return;
      lastRow = Math.max(lastRow, rowNumber - 1);
      lastCol = Math.max(lastCol, colNumber - 1);
    });
  });
  return { lastRow, lastCol };
}

/**
 * One request's grid; `sheet` is undefined when the workbook has no such worksheet (or it is a chart sheet).
 * `dateOffsetDays` is added to the serial of every date (see `dateToSerial`).
 */
export function readRange(
  sheet: ExcelJS.Worksheet | undefined,
  used: UsedArea,
  request: RangeRequest,
  dateOffsetDays: number,
): Grid {
  const { rect } = request;
  const grid = { name: request.name, sheet: rect.sheet, top: rect.top, left: rect.left };
  const bottom = Math.min(rect.bottom, used.lastRow);
  const right = Math.min(rect.right, used.lastCol);
  if (sheet === undefined || bottom < rect.top || right < rect.left) {
    return { ...grid, values: [], numberFormats: [], formulas: [] };
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const merges = new Map<ExcelJS.Cell, GridArea>();
  const width = right - rect.left + 1;
  for (let r = rect.top; r <= bottom; r++) {
    // findRow/findCell, unlike getRow/getCell, do not create the rows and cells they are asked for.
    const row = sheet.findRow(r + 1);
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: string[] = new Array(width).fill("General");
    const rowFormulas: (string | null)[] = new Array(width).fill(null);
    if (row !== undefined) {
      for (let c = 0; c < width; c++) {
        const cell = row.findCell(rect.left + c + 1);
        if (cell === undefined) continue;
        rowValues[c] = cellValue(cell, dateOffsetDays);
        rowFormats[c] = cellNumberFormat(cell);
        rowFormulas[c] = cellFormula(cell);
        if (cell.type === ExcelJS.ValueType.Merge) growMerge(merges, cell.master, r - rect.top, c, rect);
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
  }
  return { ...grid, values, numberFormats, formulas, merges: [...merges.values()] };
}

/** Widens the area of a merge's master to take in one more of its cells (grid coordinates). */
function growMerge(merges: Map<ExcelJS.Cell, GridArea>, master: ExcelJS.Cell, row: number, col: number, rect: { top: number; left: number }): void {
  const masterRow = Number(master.row) - 1 - rect.top;
  const masterCol = Number(master.col) - 1 - rect.left;
  const area = merges.get(master) ?? { top: masterRow, left: masterCol, bottom: masterRow, right: masterCol };
  merges.set(master, {
    top: area.top,
    left: area.left,
    bottom: Math.max(area.bottom, row),
    right: Math.max(area.right, col),
  });
}
