import type { Grid } from "../grid";
import type { Subject } from "../subject";
import { isBlankRow } from "../tables/locate";
import { withMergedNumbersOnce } from "../tables/merged-numbers";
import { kindOf, type TableKind } from ".";

/** Reads a named range's grid as the kind of table its name says; an empty range is a broken name. */
export function parseTable(kind: TableKind, grid: Grid): Subject {
  const empty = grid.values.every((_, row) => isBlankRow(grid, row));
  if (empty) return { kind: "broken-name", name: grid.name, reason: "empty", sheet: grid.sheet, grid };
  const cells = withMergedNumbersOnce(grid);
  const definition = kindOf(kind);
  const table = definition.parse(grid.name, cells);
  return table ?? { kind: "unrecognized", name: grid.name, grid: cells, intended: kind, missing: definition.header?.needed ?? [] };
}
