/** The selection in the sheet: showing a finding's cell or a found table, and reading what the user selected. */
import { parseRectAddress } from "../../core/address";
import type { SheetRect } from "../../core/names/reference";
import type { ExcelRun } from "./run";

/** Activates the sheet and selects the cell or range (only the sheet when the address is empty). */
export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    if (cell !== "") worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** The range selected now, in one round trip (Excel refuses `getSelectedRange` over several areas). */
export function selectedRange(run: ExcelRun): Promise<SheetRect | null> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    // A navigation to another proxy, loaded below: reading it needs no sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const worksheet = range.worksheet;
    range.load("address");
    worksheet.load("name");
    await context.sync();
    const rect = parseRectAddress(range.address.slice(range.address.lastIndexOf("!") + 1));
    return rect === null ? null : { sheet: worksheet.name, ...rect };
  });
}
