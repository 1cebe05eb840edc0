/** Shows a finding's cell: activates its sheet and selects the cell (only the sheet when the finding has no cell). */
import type { ExcelRun } from "./run";

export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    if (cell !== "") worksheet.getRange(cell).select();
    await context.sync();
  });
}
