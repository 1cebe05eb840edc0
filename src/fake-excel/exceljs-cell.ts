/** One ExcelJS cell in the fake host's vocabulary (the Grid's): value, number format, formula. */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

const { ValueType } = ExcelJS;

const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01, counting from Excel's 1899-12-30 (which absorbs its fictitious 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Days between the 1900 and the 1904 date systems' serial numbers for the same day. */
export const DATE_1904_OFFSET = 1462;

/**
 * The serial number of a date as ExcelJS hands it over, in the 1900 date system. ExcelJS builds its Dates by
 * the inverse formula (taking a 1904 workbook's offset into account), so this gives back the stored serial to
 * the millisecond, ExcelJS's precision (Excel and the .xlsx reader keep every digit stored), or the 1900-system
 * serial of the same day for a 1904 workbook. `offsetDays` corrects a 1904 workbook whose flag ExcelJS missed.
 */
function dateToSerial(date: Date, offsetDays = 0): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL + offsetDays;
}

/** The cell a merged cell shows: the merge's top-left cell. */
function shown(cell: ExcelJS.Cell): ExcelJS.Cell {
  return cell.type === ValueType.Merge ? cell.master : cell;
}

/** The value a reader sees: a formula's cached result, a merge's top-left value, plain text for rich text. */
export function cellValue(cell: ExcelJS.Cell, dateOffsetDays: number): CellValue {
  const source = shown(cell);
  // `cell.value` of a formula drops a falsy result (0, false, ""); `cell.result` keeps it.
  return plainValue(source.type === ValueType.Formula ? source.result : source.value, dateOffsetDays);
}

function plainValue(value: unknown, dateOffsetDays: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, dateOffsetDays);
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  }
  if ("text" in value) return plainValue(value.text, dateOffsetDays); // a hyperlink; its text may be rich text
  return null;
}

/** `=` and the formula as Excel shows it; null for a constant and for the non-master cells of a merge. */
export function cellFormula(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ValueType.Formula) return null;
  // A shared formula's clone gets its text translated from the master by ExcelJS.
  const formula = cell.formula;
  // Files store newer functions with a prefix (`_xlfn.IFS`) that Excel does not show.
  return formula ? `=${formula.replace(/_xl(?:fn|ws)\./g, "")}` : null;
}
