/**
 * Which existing sheet of a package is ours: the one our hidden marker name points to. The naming rules
 * themselves are shared with the Office.js writer (`src/core/summary/generated-sheets.ts`).
 */
import type { SheetRole } from "../../../core/summary/sheet-spec";
import { MARKER_NAMES } from "../../../core/summary/generated-sheets";
import type { NameEntry } from "./workbook-parts";

export function markerOf(names: readonly NameEntry[], role: SheetRole): NameEntry | undefined {
  const wanted = MARKER_NAMES[role].toLowerCase();
  return names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === wanted);
}
