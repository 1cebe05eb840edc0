/// <reference types="office-js" />
/** Workbook-scoped names over ranges, in one round trip (`workbook.names.add`, ExcelApi 1.4; `getRangeByIndexes`, 1.7). */
import type { NameToDefine } from "../port";
import type { ExcelRun } from "./run";

export function defineOfficeNames(run: ExcelRun, names: readonly NameToDefine[]): Promise<void> {
  return run(async (context) => {
    for (const { name, rect } of names) {
      const range = context.workbook.worksheets.getItem(rect.sheet).getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
      context.workbook.names.add(name, range);
    }
    await context.sync();
  });
}
