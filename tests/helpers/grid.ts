import type { CellValue, Grid } from "../../src/core/grid";
import { defaultOptions, type CheckOptions } from "../../src/core/options";
import type { TableKind } from "../../src/core/kinds";
import { parseTable } from "../../src/core/kinds/parse";
import { validateSubjects } from "../../src/core/validate";

export interface GridOptions {
  readonly name?: string;
  readonly sheet?: string;
  readonly top?: number;
  readonly left?: number;
  readonly numberFormats?: string[][];
  readonly formulas?: (string | null)[][];
}

/** A grid for core tests: rows padded to one width, placed at `top`/`left` on `sheet`. */
export function gridOf(rows: CellValue[][], options: GridOptions = {}): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: options.name ?? "Budget",
    sheet: options.sheet ?? "Sheet1",
    top: options.top ?? 0,
    left: options.left ?? 0,
    values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]),
    numberFormats: options.numberFormats,
    formulas: options.formulas,
  };
}

export const SEED_AS_OF = { year: 2018, month: 9, day: 30 };

export function testOptions(overrides: Partial<CheckOptions> = {}): CheckOptions {
  return defaultOptions(SEED_AS_OF, overrides);
}

/** Parses grids as the given kinds and validates them together, as one workbook. */
export function validateGrids(tables: readonly { kind: TableKind; grid: Grid }[], overrides: Partial<CheckOptions> = {}) {
  return validateSubjects(tables.map((t) => parseTable(t.kind, t.grid)), testOptions(overrides));
}
