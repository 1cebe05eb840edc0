import { type Grid, gridColumnCount } from "../grid";
import { cellText } from "../values/cell-readers";
import { headerKey, words } from "./headers";

/** The header row of a table: the first of the leading rows where the required words stand. */
export interface HeaderMatch<Role extends string> {
  readonly row: number;
  /** Grid column of each role found. */
  readonly columns: Partial<Record<Role, number>>;
  /** Header text of every column, as the workbook spells it. */
  readonly texts: readonly string[];
}

export type ColumnMatchers<Role extends string> = Readonly<Record<Role, (key: string) => boolean>>;

/** One matcher per role, from each role's header words, in the order the roles are listed. */
export function columnMatchers<Role extends string>(vocabulary: Readonly<Record<Role, readonly string[]>>): ColumnMatchers<Role> {
  const matchers = {} as Record<Role, (key: string) => boolean>;
  for (const role of Object.keys(vocabulary) as Role[]) matchers[role] = words(...vocabulary[role]);
  return matchers;
}

/** Named ranges sometimes include a title row or two above the header: look a few rows down. */
const HEADER_SEARCH_ROWS = 6;

/**
 * Finds the header row, given the roles every table of this kind must have. Each column takes the first role
 * that matches it; each role takes the leftmost column.
 */
export function findHeader<Role extends string>(
  grid: Grid,
  matchers: ColumnMatchers<Role>,
  required: readonly NoInfer<Role>[],
): HeaderMatch<Role> | null {
  const width = gridColumnCount(grid);
  const roles = Object.keys(matchers) as Role[];
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.values.length); row++) {
    const texts = grid.values[row].map(cellText);
    const columns: Partial<Record<Role, number>> = {};
    for (let col = 0; col < width; col++) {
      const key = headerKey(texts[col]);
      if (key === "") continue;
      const role = roles.find((r) => columns[r] === undefined && matchers[r](key));
      if (role) columns[role] = col;
    }
    if (required.every((r) => columns[r] !== undefined)) return { row, columns, texts };
  }
  return null;
}

/** True when every cell of the row is empty or blank text. */
export function isBlankRow(grid: Grid, row: number): boolean {
  // Numbers and booleans are never blank: their text is not made just to be compared with "".
  return grid.values[row].every((v) => v === null || (typeof v !== "number" && typeof v !== "boolean" && cellText(v) === ""));
}
