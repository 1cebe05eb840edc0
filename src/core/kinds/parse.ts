import type { Grid } from "../grid";
import { finish, type Pieces } from "../pieces";
import type { Subject } from "../subject";
import { isBlankRow } from "../tables/locate";
import type { TableUnit } from "../units/money-unit";
import { kindOf, type TableKind } from ".";

/**
 * Reads a named range's grid (merged areas already spread: `spreadMergedLabels`) as the kind of table its name
 * says; an empty range is a broken name. `unit` is the money unit the workbook states around the range, which
 * a table of amounts takes when its header states none (천원, assumed, when omitted).
 */
export function parseTable(kind: TableKind, grid: Grid, unit?: TableUnit): Subject {
  return finish(parseTablePieces(kind, grid, unit));
}

/** `parseTable`, pausing within a kind that parses in pieces (`parsePieces`, a register's rows). */
export function* parseTablePieces(kind: TableKind, grid: Grid, unit?: TableUnit): Pieces<Subject> {
  const empty = grid.values.every((_, row) => isBlankRow(grid, row));
  if (empty) return { kind: "broken-name", name: grid.name, reason: "empty", sheet: grid.sheet, grid };
  const definition = kindOf(kind);
  const table = definition.parsePieces ? yield* definition.parsePieces(grid.name, grid, unit) : definition.parse(grid.name, grid, unit);
  return table ?? { kind: "unrecognized", name: grid.name, grid, intended: kind, missing: definition.header?.needed ?? [] };
}
