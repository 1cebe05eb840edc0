/// <reference types="office-js" />
/**
 * The printed page of the sheets a summary wrote (ExcelApi 1.9: A4, orientation, one page wide, print titles,
 * print area, page breaks), in a batch of its own once the sheets are in place. Excel has rejected or ignored page-layout
 * calls (office-js issue 1860); in the summary's own batch a rejection would undo the whole summary, so here a
 * failure costs only the page set-up, and the caller says so.
 */
import type { SheetSpec } from "../../../core/summary/sheet-spec";
import type { ExcelRun } from "../run";
import { rectAddress } from "./style-areas";

/** A sheet written, by its name now, and what it asks of the printed page. */
export interface PrintedSheet {
  readonly name: string;
  readonly spec: SheetSpec;
}

/** Whether the page set-up of every sheet was accepted; false when Excel refused any of it. */
export async function setUpPrinting(run: ExcelRun, sheets: readonly PrintedSheet[]): Promise<boolean> {
  try {
    await run(async (context) => {
      for (const { name, spec } of sheets) queuePrintSetup(context.workbook.worksheets.getItem(name), spec);
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/** A4, the orientation asked for, all columns on one page wide (as many pages tall as it takes), titles, area, footer. */
function queuePrintSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const { print } = spec;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "portrait" ? "Portrait" : "Landscape";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows !== undefined) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  if (print.area !== undefined) layout.setPrintArea(rectAddress(print.area));
  // The same codes as the file's footer: Excel expands &P, &N and &D when it prints.
  const page = layout.headersFooters.defaultForAllPages;
  if (print.footer?.center !== undefined) page.centerFooter = print.footer.center;
  if (print.footer?.right !== undefined) page.rightFooter = print.footer.right;
  // A break is set above the row of the range given (ExcelApi 1.9's horizontalPageBreaks).
  for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
