/**
 * ExcelJS's own rules for reading cells, taken from its internals so that the streaming reader (sheet-cells.ts)
 * reads every cell exactly as `new ExcelJS.Workbook().xlsx.load` did before it (and still does for the fake
 * Excel host): which number formats make a number a date, the built-in formats by id, how a shared formula
 * is moved to the cells that share it, and how a `str` result is decoded. Deep imports, as in exceljs-fix.ts:
 * ExcelJS has no `exports` map that would forbid them.
 */

interface ExcelJsUtils {
  isDateFmt(format: string | undefined): boolean;
  xmlDecode(text: string): string;
}

const utils = require("exceljs/lib/utils/utils") as ExcelJsUtils;
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, fromAddress: string, toAddress: string): string;
};
const builtInFormats = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f: string } | undefined>;

/** Whether ExcelJS turns a number with this format into a Date (time formats included). */
export const isExcelJsDateFormat: (format: string) => boolean = utils.isDateFmt;

/** ExcelJS decodes a `str` value's entities a second time, after the XML parser: so do we. */
export const decodeStrValue: (text: string) => string = utils.xmlDecode;

/** A shared formula as it reads in the cell `toAddress`, given the master's formula at `fromAddress`. */
export const moveSharedFormula: (formula: string, fromAddress: string, toAddress: string) => string = slideFormula;

/** The format code of a built-in number format id (14 → `mm-dd-yy`), as ExcelJS knows them. */
export function builtInFormat(id: number): string | undefined {
  return builtInFormats[id]?.f;
}
