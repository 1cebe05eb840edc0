import type { Grid } from "../grid";
import figureTable from "../kinds/table";
import { isBlankRow } from "./locate";
import { withMergedNumbersOnce } from "./merged-numbers";
import { parseAsOf } from "./as-of";
import { parseBudget } from "./budget";
import { parseInventory } from "./inventory";
import { parseStaff } from "./staff";
import type { BrokenName, Table, TableKind, UnrecognizedTable } from "./types";
import { parseUsefulLife } from "./useful-life";

const PARSERS: Record<TableKind, (name: string, grid: Grid) => Table | UnrecognizedTable> = {
  budget: parseBudget,
  staff: parseStaff,
  inventory: parseInventory,
  table: (name, grid) =>
    figureTable.parse(name, grid) ?? { kind: "unrecognized", name, grid, intended: "table", missing: figureTable.header?.needed ?? [] },
  usefulLife: parseUsefulLife,
  asOf: parseAsOf,
};

/** Reads a named range's grid as the kind of table its name says; an empty range is a broken name. */
export function parseTable(kind: TableKind, grid: Grid): Table | UnrecognizedTable | BrokenName {
  const empty = grid.values.every((_, row) => isBlankRow(grid, row));
  if (empty) return { kind: "broken-name", name: grid.name, reason: "empty", sheet: grid.sheet, grid };
  return PARSERS[kind](grid.name, withMergedNumbersOnce(grid));
}
