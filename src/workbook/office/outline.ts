/// <reference types="office-js" />
/**
 * The workbook's sheets, every defined name and every Excel table, in one round trip, and a second only when
 * there are tables: a table's range is a method's result (`getRange()`), asked for every table at once. A name
 * that is not a range (`#REF!`, a constant) comes back with its formula like any other: the core reports it as
 * `workbook/broken-range`.
 */
import type { DefinedName } from "../../core/names/defined-name";
import type { ExcelTable } from "../../core/names/excel-table";
import type { WorkbookOutline } from "../port";
import type { ExcelRun } from "./run";

export function readOutline(run: ExcelRun): Promise<WorkbookOutline> {
  return run(async (context) => {
    // Sheet-scoped names live on each sheet; the path loads them with the sheets, in the same request. Excel on the
    // web has listed the workbook's names under every sheet too (office-js issue 1011), so each name is taken by
    // its own `scope` (ExcelApi 1.4), not by the collection it came in.
    const sheets = context.workbook.worksheets.load("items/id, items/name, items/names/items/name, items/names/items/formula, items/names/items/scope");
    const names = context.workbook.names.load("items/name, items/formula, items/scope");
    const tables = context.workbook.tables.load("items/name, items/showHeaders, items/showTotals, items/worksheet/name");
    await context.sync();
    const ranges = tables.items.map((table) => table.getRange().load("address"));
    if (ranges.length > 0) await context.sync();
    const workbookNames: DefinedName[] = names.items.filter((n) => n.scope !== "Worksheet").map((n) => ({ name: n.name, formula: n.formula }));
    const sheetNames: DefinedName[] = sheets.items.flatMap((sheet) =>
      sheet.names.items.filter((n) => n.scope === "Worksheet").map((n) => ({ name: n.name, scopeSheet: sheet.name, formula: n.formula })),
    );
    const excelTables: ExcelTable[] = tables.items.map((table, i) => ({
      name: table.name,
      sheet: table.worksheet.name,
      ref: withoutSheet(ranges[i].address),
      headerRowCount: table.showHeaders ? 1 : 0,
      totalsRowCount: table.showTotals ? 1 : 0,
    }));
    return {
      sheets: sheets.items.map((s) => s.name),
      names: [...workbookNames, ...sheetNames],
      tables: excelTables,
      sheetIds: sheets.items.map((s) => s.id),
    };
  });
}

/** `'예산 2024'!B3:H20` → `B3:H20`: a sheet name may hold `!` only inside its quotes, so the last one ends it. */
function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}
