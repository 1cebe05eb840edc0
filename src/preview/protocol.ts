/**
 * How the pieces of the preview and the e2e harness find each other: the shim (in the pane's page) and the
 * preview page (its parent, same origin) through the globals below; tests through `budgetCheckFake`.
 */
import type { FakeExcel, FakeWorkbook } from "../fake-excel";

/** The workbook both open first: the seed sample, as the preview server serves it. */
export const SAMPLE = { name: "budget-check-sample.xlsx", url: "/samples/budget-check-sample.xlsx" } as const;

/** What the preview page offers the task pane in its iframe, as `window.budgetCheckPreview`. */
export interface PreviewParent {
  /** The workbook the pane opens: a file name and its bytes. */
  workbook(): Promise<{ readonly name: string; readonly bytes: ArrayBuffer }>;
  /** The workbook to draw, once opened and after every `Excel.run`, and how to type into its cells. */
  show(workbook: FakeWorkbook, edit: CellEdit): void;
  /** The workbook could not be opened. */
  failed(message: string): void;
}

/** The user types `text` into a cell, as in Excel's formula bar: the fake host raises its change event. */
export type CellEdit = (sheet: string, address: string, text: string) => void;

/** A ribbon action as Office calls it: with an event to complete. */
export type RibbonAction = (event: { completed(): void }) => unknown;

export interface PreviewWindow extends Window {
  budgetCheckPreview?: PreviewParent;
}

export interface ShimWindow extends Window {
  /** The fake host behind `Excel.run`, once the workbook is open (the e2e tests read its model). */
  budgetCheckFake?: Promise<FakeExcel>;
  /** The actions the page gave `Office.actions.associate`, for the preview's ribbon. */
  budgetCheckActions?: ReadonlyMap<string, RibbonAction>;
}
