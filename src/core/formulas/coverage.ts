import type { CellPosition } from "../address";
import { gridColumnCount, type Grid } from "../grid";
import { cellAddress, gridColAt, gridColAtOrAfter, gridColAtOrBefore, gridRowAt, gridRowAtOrAfter, gridRowAtOrBefore } from "../grid-axes";
import { rowSpans } from "../row-spans";
import type { Pieces } from "../pieces";
import { formulaReferences } from "./references";
import { OwnedCache } from "../owned-cache";

const cellKey = (row: number, col: number) => `${row}:${col}`;

export interface FormulaCoverage {
  /** A formula cell of the grid that covers this grid cell, if any, as a sheet A1 address. */
  coveringFormulaCell(row: number, col: number): string | undefined;
}

const cache = new OwnedCache<Grid, FormulaCoverage>("formula coverage");

/**
 * Which cells of a grid its own formulas add up: Excel's SUM skips text there, so text numbers matter more.
 * In pieces (core/pieces.ts): a pause every `PIECE_ROWS` rows of formulas it looks through, and after.
 */
export function* formulaCoveragePieces(grid: Grid): Pieces<FormulaCoverage> {
  const cached = cache.get(grid);
  if (cached) return cached;
  const covered = new Map<string, string>();
  const formulas = grid.formulas ?? [];
  yield* rowSpans(formulas.length, (from, to) => {
    for (let row = from; row < to; row++) {
      formulas[row].forEach((formula, col) => {
        if (typeof formula !== "string" || !formula.startsWith("=")) return;
        const at = cellAddress(grid, row, col);
        for (const area of formulaReferences(formula).areas) {
          if (area.sheet !== undefined && area.sheet !== grid.sheet) continue;
          const top = Math.max(gridRowAtOrAfter(grid, area.top), 0);
          const bottom = Math.min(gridRowAtOrBefore(grid, area.bottom), grid.values.length - 1);
          const left = Math.max(gridColAtOrAfter(grid, area.left), 0);
          const right = Math.min(gridColAtOrBefore(grid, area.right), gridColumnCount(grid) - 1);
          for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (!covered.has(cellKey(r, c))) covered.set(cellKey(r, c), at);
        }
      });
    }
  });
  if (formulas.length > 0) yield;
  const coverage = { coveringFormulaCell: (row: number, col: number) => covered.get(cellKey(row, col)) };
  cache.set(grid, coverage);
  return coverage;
}

/**
 * Gives `to` the coverage already worked out for `from`, a grid with the same cells where formulas are: the
 * caller knows no formula was added, removed or changed (a live re-check of rows holding none, before or after).
 */
export function carryFormulaCoverage(from: Grid, to: Grid): void {
  const coverage = cache.get(from);
  if (coverage !== undefined) cache.set(to, coverage);
}

/** The grid cells a sum-only formula covers, or null when the formula is more than a sum or leaves the sheet. */
export function cellsSummedBy(formula: string, grid: Grid): CellPosition[] | null {
  const refs = formulaReferences(formula);
  if (!refs.sumOnly) return null;
  const cells: CellPosition[] = [];
  for (const area of refs.areas) {
    if (area.sheet !== undefined && area.sheet !== grid.sheet) return null;
    // Whole columns and very large areas are no plain list of detail cells; compare only what is bounded.
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 100_000) return null;
    // A cell of a run of empty rows or columns a sparse grid leaves out is no part of any total.
    for (let r = area.top; r <= area.bottom; r++) {
      const row = gridRowAt(grid, r);
      if (row === undefined) continue;
      for (let c = area.left; c <= area.right; c++) {
        const col = gridColAt(grid, c);
        if (col !== undefined) cells.push({ row, col });
      }
    }
  }
  return cells;
}
