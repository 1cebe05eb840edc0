/**
 * A shared formula as it reads in each cell that shares it: a file writes the formula once, in the first cell
 * of the block, and Excel shows it in every other cell with its relative references moved along, as a copied
 * formula's are. Text in quotes, sheet names in quotes and table columns in brackets are left as written, and
 * so are whole-column and whole-row references (`A:A`, `3:3`), which no shared formula of ours ever needs.
 */
import { columnIndex, columnLetters, parseA1 } from "../../../core/address";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../../core/names/reference";

const CELL_REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const NAME_CHARACTER = /[A-Za-z0-9_.\u0080-\uFFFF]/;

/** `formula` (without `=`) as written in `fromAddress`, moved to `toAddress`. */
export function moveSharedFormula(formula: string, fromAddress: string, toAddress: string): string {
  const from = parseA1(fromAddress);
  const to = parseA1(toAddress);
  if (from === null || to === null) return formula;
  const rows = to.row - from.row;
  const cols = to.col - from.col;
  let moved = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'" || c === "[") {
      const end = closingOf(formula, i);
      moved += formula.slice(i, end);
      i = end;
      continue;
    }
    CELL_REFERENCE.lastIndex = i;
    const m = NAME_CHARACTER.test(formula[i - 1] ?? "") ? null : CELL_REFERENCE.exec(formula);
    const end = m === null ? i : i + m[0].length;
    // Letters and digits followed by more of a name, or by `(`, are a name or a function (`LOG10(`).
    if (m === null || NAME_CHARACTER.test(formula[end] ?? "") || formula[end] === "(" || columnIndex(m[2]) >= EXCEL_MAX_COLUMNS) {
      moved += c;
      i++;
      continue;
    }
    const [, colFixed, letters, rowFixed, digits] = m;
    const col = columnIndex(letters) + (colFixed ? 0 : cols);
    const row = Number(digits) - 1 + (rowFixed ? 0 : rows);
    const inSheet = col >= 0 && col < EXCEL_MAX_COLUMNS && row >= 0 && row < EXCEL_MAX_ROWS;
    moved += inSheet ? `${colFixed}${columnLetters(col)}${rowFixed}${row + 1}` : "#REF!";
    i = end;
  }
  return moved;
}

/** Where the quoted text or bracketed part starting at `start` ends (past its closing character). */
function closingOf(formula: string, start: number): number {
  const open = formula[start];
  const close = open === "[" ? "]" : open;
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === close) {
      // A doubled quote stands for the quote itself; brackets nest (`Table[[#This Row],[Q1]]`).
      if (close !== "]" && formula[i + 1] === close) i += 2;
      else return i + 1;
    } else if (open === "[" && formula[i] === "[") i = closingOf(formula, i);
    else i++;
  }
  return formula.length;
}
