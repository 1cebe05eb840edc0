import type { TableKind } from "../kinds";
import type { BrokenName } from "../subject";
import { classifyName } from "./classify";
import type { DefinedName } from "./defined-name";
import type { ExcelTable } from "./excel-table";
import { parseReference, type SheetRect } from "./reference";

export interface PlannedRead {
  /** The defined name or the Excel table the range was read for: findings carry it. */
  readonly name: string;
  readonly kind: TableKind;
  readonly rect: SheetRect;
  /** Zero-based sheet row of an Excel table's totals row: the total row, whatever its label says. */
  readonly totalsRow?: number;
}

export interface ReadPlan {
  readonly reads: readonly PlannedRead[];
  readonly broken: readonly BrokenName[];
}

/**
 * Which ranges to read, and which of our names point at nothing readable. Names we do not know are skipped.
 * An Excel table whose name is one of ours is read as that name's range, header and totals rows included; a
 * defined name over the same cells as a table counts once, under the defined name, its totals row the table's.
 */
export function planReads(names: readonly DefinedName[], sheets: readonly string[], tables: readonly ExcelTable[]): ReadPlan {
  const reads: PlannedRead[] = [];
  const broken: BrokenName[] = [];
  for (const defined of names) {
    const kind = classifyName(defined.name);
    if (!kind) continue;
    const ref = parseReference(defined.formula, sheets);
    if (ref.kind === "range") reads.push({ name: defined.name, kind, rect: ref.rect });
    else broken.push({ kind: "broken-name", name: defined.name, reason: ref.reason, sheet: ref.sheet ?? defined.scopeSheet });
  }
  for (const table of tables) {
    const kind = classifyName(table.name);
    if (!kind) continue;
    const ref = parseReference(`${quotedSheet(table.sheet)}!${table.ref}`, sheets);
    if (ref.kind !== "range") {
      broken.push({ kind: "broken-name", name: table.name, reason: ref.reason, sheet: table.sheet });
      continue;
    }
    const totalsRow = table.totalsRowCount > 0 ? ref.rect.bottom : undefined;
    const same = reads.findIndex((read) => sameRect(read.rect, ref.rect));
    const read = { name: table.name, kind, rect: ref.rect, ...(totalsRow !== undefined && { totalsRow }) };
    if (same < 0) reads.push(read);
    else if (totalsRow !== undefined) reads[same] = { ...reads[same], totalsRow };
  }
  // One order whatever the host lists names in (Excel keeps sheet-scoped names apart): by sheet, then position.
  const sheetIndex = new Map(sheets.map((sheet, i) => [sheet.toLowerCase(), i]));
  const at = (read: PlannedRead) => sheetIndex.get(read.rect.sheet.toLowerCase()) ?? sheets.length;
  reads.sort((a, b) => at(a) - at(b) || a.rect.top - b.rect.top || a.rect.left - b.rect.left || compareText(a.name, b.name));
  broken.sort((a, b) => compareText(a.name, b.name));
  return { reads, broken };
}

/** A sheet name as a reference writes it, quoted whatever it holds. */
function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function sameRect(a: SheetRect, b: SheetRect): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
