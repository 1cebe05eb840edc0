/**
 * Which checked ranges an edit touches, for the pane's live re-check: a range is touched when the edit meets
 * its cells or the rows above it read for its `(단위: …)` line. Some edits call for Validate's whole read
 * instead: cells moved (rows inserted or deleted) on a sheet holding a checked range, an edit in a range every
 * other table reads (the as-of date, useful lives, the money unit), or one in a table found by its header
 * words, whose extent only a search of its sheet can tell.
 */
import type { CellRect } from "../address";
import type { TableKind } from "../kinds";
import type { PlannedRead, ReadPlan } from "../names/plan";
import { parseReference, type SheetRect } from "../names/reference";
import { unitLineReads } from "../units/unit-lines";

/** An edit on a sheet, named as the sheet is named now. */
export interface EditedArea {
  readonly sheet: string;
  /** The event's address: `B4`, `A2:C9`, whole columns `C:C`, several areas `A1:B2, D4`. */
  readonly address: string;
  /** Rows, columns or cells were inserted or deleted. */
  readonly moved: boolean;
}

export type Touched =
  /** No checked range met: nothing to do. */
  | { readonly kind: "none" }
  | { readonly kind: "revalidate" }
  | { readonly kind: "ranges"; readonly reads: readonly PlannedRead[] };

/** Kinds whose cells every other table's checks read. */
export const SHARED_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(["asOf", "usefulLife", "unit"]);

export function touchedRanges(plan: ReadPlan, detected: readonly SheetRect[], edits: readonly EditedArea[]): Touched {
  const areas = edits.flatMap(({ sheet, address, moved }) => editedRects(sheet, address).map((rect) => ({ rect, moved })));
  const checkedSheets = new Set([...plan.reads.map((read) => read.rect), ...detected].map((rect) => rect.sheet.toLowerCase()));
  if (areas.some(({ rect, moved }) => moved && checkedSheets.has(rect.sheet.toLowerCase()))) return { kind: "revalidate" };
  if (detected.some((rect) => areas.some((area) => meets(rect, area.rect)))) return { kind: "revalidate" };

  const lineAbove = new Map(unitLineReads(plan).map((line) => [line.of, line.rect]));
  const reads = plan.reads.filter((read, i) => {
    const line = lineAbove.get(i);
    return areas.some(({ rect }) => meets(read.rect, rect) || (line !== undefined && meets(line, rect)));
  });
  if (reads.some((read) => SHARED_KINDS.has(read.kind))) return { kind: "revalidate" };
  return reads.length === 0 ? { kind: "none" } : { kind: "ranges", reads };
}

/** Whether two plans read the same ranges under the same names: if not, names were added, moved or redefined. */
export function samePlan(a: ReadPlan, b: ReadPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The event's areas as rectangles on the sheet; an address that reads as none is left out. */
export function editedRects(sheet: string, address: string): SheetRect[] {
  const rects: SheetRect[] = [];
  for (const part of address.split(",")) {
    const ref = parseReference(`'${sheet.replace(/'/g, "''")}'!${part.trim()}`, [sheet]);
    if (ref.kind === "range") rects.push(ref.rect);
  }
  return rects;
}

function meets(a: SheetRect, b: SheetRect): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && overlaps(a, b);
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
