/** The Office.js adapter of the reading port: the same `WorkbookSource` as the .xlsx reader's, over `Excel.run`. */
import type { WorkbookSource } from "../port";
import { readOutline } from "./outline";
import { readRanges } from "./read-ranges";
import { officeApiSupport, type ApiSupport, type ExcelRun } from "./run";

export interface OfficeSourceOptions {
  /** Which requirement sets the host implements; the running Office's answer by default. */
  readonly supports?: ApiSupport;
  /** Response bytes to aim at per round trip (default 90 % of Excel on the web's 5 MB). */
  readonly responsePayloadLimit?: number;
  /** The cells one `readRanges` batch may make grids of (the cell budget's default: 1 GiB of them). */
  readonly cellBudget?: number;
  /** Names the workbook when a read is refused (the document's file name; "" when unknown). */
  readonly label?: string;
}

export function createOfficeSource(run: ExcelRun, options: OfficeSourceOptions = {}): WorkbookSource {
  const supports = options.supports ?? officeApiSupport;
  return {
    outline: () => readOutline(run),
    readRanges: (requests, pace) =>
      readRanges(run, requests, { supports, responsePayloadLimit: options.responsePayloadLimit, cellBudget: options.cellBudget, label: options.label ?? "" }, pace),
  };
}
