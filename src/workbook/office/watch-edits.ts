/// <reference types="office-js" />
/**
 * The user's edits as Excel reports them: `WorksheetCollection.onChanged` (ExcelApi 1.9) hears every sheet,
 * sheets added later too; below 1.9, `Worksheet.onChanged` (1.7) on each sheet there is now. The handler does
 * no round trip of its own: it passes each event on, and the caller reads what the edits touched later, at once.
 */
import type { SheetEdit, StopWatching } from "../port";
import type { ApiSupport, ExcelRun } from "./run";

/** Change types that move cells rather than edit them (`Excel.DataChangeType`). */
const MOVES = new Set(["RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]);

export function watchEdits(run: ExcelRun, supports: ApiSupport, onEdit: (edit: SheetEdit) => void): Promise<StopWatching> {
  return run(async (context) => {
    const handler = async ({ worksheetId, address, changeType }: Excel.WorksheetChangedEventArgs) =>
      onEdit({ sheetId: worksheetId, address, moved: MOVES.has(changeType) });
    const worksheets = context.workbook.worksheets;
    let sheets: readonly { onChanged: Excel.Worksheet["onChanged"] }[] = [worksheets];
    if (!supports("1.9")) {
      worksheets.load("items/id");
      await context.sync();
      sheets = worksheets.items;
    }
    const added = sheets.map((target) => target.onChanged.add(handler));
    await context.sync();
    // Excel removes a handler through the context that added it.
    return async () => {
      for (const result of added) result.remove();
      await context.sync();
    };
  });
}
