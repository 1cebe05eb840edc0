/**
 * The user typing into a cell, or pasting a block, in the grid rather than through the API: what the preview's
 * formula bar does and what the live re-check tests simulate. The cells take the text as Excel reads what is
 * typed, formulas are recalculated, and one change event is raised for the block, as Excel raises one per edit.
 */
import { parseArea } from "./address";
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import { findSheet } from "./model";
import { enterValue, forEachWritten } from "./objects/cells";

export function userEdit(host: FakeHost, sheetName: string, address: string, values: unknown[][]): void {
  const sheet = findSheet(host.workbook, sheetName);
  const area = parseArea(address);
  if (sheet === undefined || area === null) throw officeError("InvalidArgument", "userEdit", `No cells at ${sheetName}!${address}.`);
  host.events.edited(sheet, area.rect, () =>
    forEachWritten(area.rect, values, "userEdit", (row, col, value) => enterValue(host, sheet, row, col, value, "userEdit")),
  );
  host.markChanged();
  host.recalculate();
  host.events.deliver();
}
