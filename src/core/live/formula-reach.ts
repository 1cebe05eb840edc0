/**
 * Where a grid's formulas may read from, for the live re-check: Excel reports only the cells the user edited,
 * never the formula cells whose results changed with them (OfficeDev/office-js#3899), so the re-check reads
 * again every cell whose formula may read an edited one. One classifier serves both questions it asks: which
 * rows of a register read cells outside their own row (partial-read.ts), and which checked ranges read cells
 * outside themselves (outward-ranges.ts). When unsure, a formula reads anywhere.
 */
import type { CellRect } from "../address";
import { formulaReferences } from "../formulas/references";
import type { Grid } from "../grid";
import { gridRect, sheetRowOf } from "../grid-axes";
import { OwnedCache } from "../owned-cache";

export interface FormulaReach {
  /** Grid rows holding a formula that may read a cell outside its own row of the grid, ascending. */
  readonly rowsReadingOthers: readonly number[];
  /** Whether some formula may read a cell outside the grid's rectangle. */
  readonly readsOutside: boolean;
}

/**
 * Functions whose cells are picked as they run (`OFFSET`, `INDIRECT`), that read what no reference names (a
 * pivot table, a server), or whose result changes with each calculation (`RAND`). `INDEX`, `CHOOSE` or `XLOOKUP`
 * are not among them: they return cells of the areas they are given, and those areas are judged as any other.
 * Nor are `TODAY` and `NOW`: they read the clock, which no edit changes, and a 기준일 written `=TODAY()` would
 * otherwise send every edit to a whole validation.
 */
const UNBOUNDED = /\b(?:RAND|RANDBETWEEN|RANDARRAY|OFFSET|INDIRECT|CELL|INFO|GETPIVOTDATA|RTD|WEBSERVICE|CUBE[A-Z]*)\s*\(/i;
const CELL_REFERENCE = /\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?/g;
const FUNCTION_NAME = /[A-Za-z][A-Za-z0-9._]*\s*\(/g;
/** What is left of a formula reading only cells of its own sheet once its strings, cells and functions are out. */
const ARITHMETIC = /^[=\s\d.,+\-*/^&%<>()]*$/;

/**
 * The areas of its own sheet a formula reads; null when it may read anything else: a cell of another sheet or
 * workbook, a defined name, a table's column, a whole row or column, a spilled range, or through a function
 * of `UNBOUNDED`. Whatever the formula holds that is not a cell, a function's name, a number, a string or an
 * operator makes it null.
 */
export function areasRead(formula: string): readonly CellRect[] | null {
  if (UNBOUNDED.test(formula)) return null;
  const { areas } = formulaReferences(formula);
  if (areas.some((area) => area.sheet !== undefined)) return null;
  const rest = formula.replace(/"(?:[^"]|"")*"/g, "").replace(FUNCTION_NAME, "(").replace(CELL_REFERENCE, "");
  return ARITHMETIC.test(rest.replace(/\b(?:TRUE|FALSE)\b/gi, "")) ? areas : null;
}

/** By a grid's formulas (a re-checked grid keeps its predecessor's when no formula changed), and its place. */
const reaches = new OwnedCache<object, { readonly place: string; readonly reach: FormulaReach }>("formula reach");

/** Where the grid's formulas read from, worked out once per grid's formulas. */
export function formulaReach(grid: Grid): FormulaReach {
  const formulas = grid.formulas ?? [];
  const bounds = gridRect(grid);
  const place = `${bounds.top},${bounds.left},${bounds.bottom},${bounds.right}`;
  const known = reaches.get(formulas);
  if (known?.place === place) return known.reach;
  const rowsReadingOthers: number[] = [];
  let readsOutside = false;
  let checked: (string | null)[] | undefined;
  for (let row = 0; row < formulas.length; row++) {
    // Rows without formulas share one array of nulls (the adapters make them so): it is looked at once.
    const cells = formulas[row];
    if (cells === checked) continue;
    let ownRow: CellRect | undefined;
    let readsOthers = false;
    for (const formula of cells) {
      if (typeof formula !== "string" || !formula.startsWith("=")) continue;
      // Made for a row holding a formula only: most rows of a register hold none.
      const own = (ownRow ??= { ...bounds, top: sheetRowOf(grid, row), bottom: sheetRowOf(grid, row) });
      const areas = areasRead(formula);
      if (areas !== null && areas.every((area) => within(area, own))) continue;
      readsOthers = true;
      if (areas === null || !areas.every((area) => within(area, bounds))) readsOutside = true;
    }
    if (readsOthers) rowsReadingOthers.push(row);
    else if (cells.every((formula) => formula === null)) checked = cells;
  }
  const reach = { rowsReadingOthers, readsOutside };
  reaches.set(formulas, { place, reach });
  return reach;
}

function within(area: CellRect, bounds: CellRect): boolean {
  return area.top >= bounds.top && area.bottom <= bounds.bottom && area.left >= bounds.left && area.right <= bounds.right;
}
