/// <reference types="office-js" />
/**
 * The workbook's sheets and every defined name, in one round trip. A name that is not a range (`#REF!`, a
 * constant) comes back with its formula like any other: the core reports it as `workbook/broken-range`.
 */
import type { DefinedName } from "../../core/names/defined-name";
import type { WorkbookOutline } from "../port";
import type { ExcelRun } from "./run";

export function readOutline(run: ExcelRun): Promise<WorkbookOutline> {
  return run(async (context) => {
    // Sheet-scoped names live on each sheet; the path loads them with the sheets, in the same request.
    const sheets = context.workbook.worksheets.load("items/name, items/names/items/name, items/names/items/formula");
    const names = context.workbook.names.load("items/name, items/formula");
    await context.sync();
    const workbookNames: DefinedName[] = names.items.map((n) => ({ name: n.name, formula: n.formula }));
    const sheetNames: DefinedName[] = sheets.items.flatMap((sheet) =>
      sheet.names.items.map((n) => ({ name: n.name, scopeSheet: sheet.name, formula: n.formula })),
    );
    return { sheets: sheets.items.map((s) => s.name), names: [...workbookNames, ...sheetNames] };
  });
}
