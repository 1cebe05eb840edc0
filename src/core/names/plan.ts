import type { BrokenName, TableKind } from "../tables/types";
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
  return { reads, broken };
}
