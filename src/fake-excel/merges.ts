/**
 * A sheet's merged areas found by row. The model keeps them as addresses (`A1:C1`), as Excel reports them; a
 * summary's findings sheet merges tens of thousands of areas, and whether each new one meets an earlier one
 * would otherwise be a scan of all the earlier ones.
 */
import type { CellRect } from "../core/address";
import { parseArea, rectAddress } from "./address";
import { intersect, type FakeSheet } from "./model";

/** Taller areas are rare (a merged side label); they are kept apart and always looked at. */
const TALL = 64;

interface MergeIndex {
  readonly byRow: Map<number, CellRect[]>;
  readonly tall: CellRect[];
}

// Keyed by the sheet's array itself: an array put in its place (a filter, a loaded workbook) is indexed anew.
const indexes = new WeakMap<string[], MergeIndex>();

function indexOf(merges: string[]): MergeIndex {
  let index = indexes.get(merges);
  if (index === undefined) {
    index = { byRow: new Map(), tall: [] };
    for (const merge of merges) add(index, parseArea(merge)!.rect);
    indexes.set(merges, index);
  }
  return index;
}

function add(index: MergeIndex, rect: CellRect): void {
  if (rect.bottom - rect.top >= TALL) {
    index.tall.push(rect);
    return;
  }
  for (let row = rect.top; row <= rect.bottom; row++) {
    const rects = index.byRow.get(row);
    if (rects === undefined) index.byRow.set(row, [rect]);
    else rects.push(rect);
  }
}

/** The merged areas of the sheet that meet `area`. */
function mergesMeeting(sheet: FakeSheet, area: CellRect): CellRect[] {
  const index = indexOf(sheet.merges);
  const found = new Set<CellRect>(index.tall.filter((m) => intersect(m, area) !== null));
  if (area.bottom - area.top >= TALL) {
    for (const rects of index.byRow.values()) for (const m of rects) if (intersect(m, area) !== null) found.add(m);
  } else {
    for (let row = area.top; row <= area.bottom; row++) {
      for (const m of index.byRow.get(row) ?? []) if (intersect(m, area) !== null) found.add(m);
    }
  }
  return [...found];
}

/** The merged areas of the sheet whose top-left cell lies in `area`: what `getMergedAreasOrNullObject` returns. */
export function mergesStartingIn(sheet: FakeSheet, area: CellRect): CellRect[] {
  return mergesMeeting(sheet, area).filter((m) => m.top >= area.top && m.left >= area.left);
}

/** Merges `area`, first unmerging the areas it meets, as Excel does. */
export function addMerge(sheet: FakeSheet, area: CellRect): void {
  if (mergesMeeting(sheet, area).length > 0) removeMerges(sheet, area);
  sheet.merges.push(rectAddress(area));
  add(indexOf(sheet.merges), area);
}

/** Unmerges every merged area that meets `area`. */
export function removeMerges(sheet: FakeSheet, area: CellRect): void {
  sheet.merges = sheet.merges.filter((m) => intersect(parseArea(m)!.rect, area) === null);
}
