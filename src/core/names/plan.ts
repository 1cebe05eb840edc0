import type { TableKind } from "../kinds";
import type { BrokenName } from "../subject";
import { classifyName } from "./classify";
import type { DefinedName } from "./defined-name";
import { parseReference, type SheetRect } from "./reference";

export interface PlannedRead {
  readonly name: string;
  readonly kind: TableKind;
  readonly rect: SheetRect;
}

export interface ReadPlan {
  readonly reads: readonly PlannedRead[];
  readonly broken: readonly BrokenName[];
}

/** Which ranges to read, and which of our names point at nothing readable. Names we do not know are skipped. */
export function planReads(names: readonly DefinedName[], sheets: readonly string[]): ReadPlan {
  const reads: PlannedRead[] = [];
  const broken: BrokenName[] = [];
  for (const defined of names) {
    const kind = classifyName(defined.name);
    if (!kind) continue;
    const ref = parseReference(defined.formula, sheets);
    if (ref.kind === "range") reads.push({ name: defined.name, kind, rect: ref.rect });
    else broken.push({ kind: "broken-name", name: defined.name, reason: ref.reason, sheet: ref.sheet ?? defined.scopeSheet });
  }
  // One order whatever the host lists names in (Excel keeps sheet-scoped names apart): by sheet, then position.
  const sheetIndex = new Map(sheets.map((sheet, i) => [sheet.toLowerCase(), i]));
  const at = (read: PlannedRead) => sheetIndex.get(read.rect.sheet.toLowerCase()) ?? sheets.length;
  reads.sort((a, b) => at(a) - at(b) || a.rect.top - b.rect.top || a.rect.left - b.rect.left || compareText(a.name, b.name));
  broken.sort((a, b) => compareText(a.name, b.name));
  return { reads, broken };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
