/**
 * Names that stand for the same cells as the same kind of table are one table: a workbook that collected 20,000
 * `Table_` names over one 2,000-row table is parsed and checked once, and each further name gets a copy of the
 * first one's subject and findings under its own name (issue #14). Memory and time then grow with the names, not
 * with names × rows.
 */
import type { Finding, MessageData } from "./finding";
import type { CellValue, Grid } from "./grid";
import type { TableKind } from "./kinds";
import type { Subject } from "./subject";
import type { Pieces } from "./pieces";
import type { TableUnit } from "./units/money-unit";
import { OwnedCache } from "./owned-cache";

/** Each copy made by `parseOnce`, to the subject it copies. */
const copies = new OwnedCache<Subject, Subject>("original");

/** The subject a subject is a renamed copy of, if it is one. */
export const originalOf = (subject: Subject): Subject | undefined => copies.get(subject);

/**
 * A parser (in pieces, core/pieces.ts) that parses each grid, kind, totals row and unit once. Grids are the same when their cells are: an
 * adapter hands names over one rectangle one array of values (the .xlsx reader does).
 */
export function parseOnce(parse: (kind: TableKind, grid: Grid, unit: TableUnit) => Pieces<Subject>): (kind: TableKind, grid: Grid, unit: TableUnit) => Pieces<Subject> {
  const parsed = new Map<CellValue[][], Map<string, Subject>>();
  return function* (kind, grid, unit) {
    const key = [kind, grid.sheet, grid.top, grid.left, grid.totalsRow ?? "", unit.unit, unit.source].join("\u0000");
    let byKey = parsed.get(grid.values);
    if (byKey === undefined) parsed.set(grid.values, (byKey = new Map()));
    const first = byKey.get(key);
    if (first === undefined) {
      const subject = yield* parse(kind, grid, unit);
      byKey.set(key, subject);
      return subject;
    }
    const copy = renamed(first, grid.name);
    copies.set(copy, first);
    return copy;
  };
}

function renamed(subject: Subject, name: string): Subject {
  const grid = subject.grid === undefined ? {} : { grid: { ...subject.grid, name } };
  return { ...subject, name, ...grid } as Subject;
}

/**
 * A finding of the original table as the copy named `name` has it: its name, and wherever the message quotes the
 * original's name (an unrecognised table, a broken name), the copy's, the message rendered again by `render`.
 */
export function renamedFinding(finding: Finding, original: string, name: string, render: (data: MessageData) => string): Finding {
  const data: Record<string, string | number> = { ...finding.data };
  let quoted = false;
  for (const [key, value] of Object.entries(data)) {
    if (value !== original) continue;
    data[key] = name;
    quoted = true;
  }
  return quoted ? { ...finding, name, data, message: render(data) } : { ...finding, name };
}
