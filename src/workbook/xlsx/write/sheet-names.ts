/**
 * Which existing sheet of a package is ours: the one our hidden marker name points to. The naming rules
 * themselves are shared with the Office.js writer (`../../summary-sheets`).
 */
import type { SheetRole } from "../../../core/summary/sheet-spec";
import { MARKER_NAMES } from "../../summary-sheets";
import type { NameEntry } from "./workbook-parts";

export function markerOf(names: readonly NameEntry[], role: SheetRole): NameEntry | undefined {
  const wanted = MARKER_NAMES[role].toLowerCase();
  return names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === wanted);
}
