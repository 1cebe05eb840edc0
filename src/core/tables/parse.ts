import type { Grid } from "../grid";
import { isBlankRow } from "./locate";
import { parseAsOf } from "./as-of";
import { parseBudget } from "./budget";
import { parseFigureTable } from "./figure-table";
import { parseInventory } from "./inventory";
import { parseStaff } from "./staff";
import type { BrokenName, Table, TableKind, UnrecognizedTable } from "./types";
import { parseUsefulLife } from "./useful-life";

const PARSERS: Record<TableKind, (name: string, grid: Grid) => Table | UnrecognizedTable> = {
  budget: parseBudget,
  staff: parseStaff,
  inventory: parseInventory,
  table: parseFigureTable,
  usefulLife: parseUsefulLife,
  asOf: parseAsOf,
};

/** Reads a named range's grid as the kind of table its name says; an empty range is a broken name. */
export function parseTable(kind: TableKind, grid: Grid): Table | UnrecognizedTable | BrokenName {
  const empty = grid.values.every((_, row) => isBlankRow(grid, row));
  if (empty) return { kind: "broken-name", name: grid.name, reason: "empty", sheet: grid.sheet, grid };
  return PARSERS[kind](grid.name, grid);
}
