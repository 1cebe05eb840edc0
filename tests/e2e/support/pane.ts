/**
 * The task pane as a user meets it (its Korean labels and roles), and the fake workbook behind it as the shim
 * exposes it (`window.budgetCheckFake`), for pages and for the preview's iframe alike.
 */
import type { Frame, Locator, Page } from "playwright-core";
import { patchCell } from "../../../scripts/sample/workbook-fixture";
import type { FakeValue } from "../../../src/fake-excel";
import type { ShimWindow } from "../../../src/preview/protocol";
import { plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

type Pane = Page | Frame;

export const validateButton = (pane: Pane): Locator => pane.getByRole("button", { name: "검증", exact: true });
export const generateButton = (pane: Pane): Locator => pane.getByRole("button", { name: "요약 시트 만들기", exact: true });
/** A finding's button reads `정보, C4: 예산액: …` (severity, cell, message); other buttons may sit beside it. */
export const FINDING_TEXT = /^(오류|경고|정보), ([A-Z]+\d+): /;

export const findingButtons = (pane: Pane): Locator =>
  pane.getByRole("region", { name: "검증 결과" }).getByRole("button").filter({ hasText: FINDING_TEXT });

/** The counts the pane announces once a validation is done: `검증 결과: 오류 0건, 경고 7건, 정보 37건`. */
export async function announcedCounts(pane: Pane): Promise<string> {
  const status = pane.getByText(/^검증 결과: 오류 \d+건/);
  await status.waitFor({ state: "attached", timeout: 30_000 });
  return (await status.textContent()) ?? "";
}

export function countsText({ error, warning, info }: { error: number; warning: number; info: number }): string {
  return `검증 결과: 오류 ${error}건, 경고 ${warning}건, 정보 ${info}건`;
}

/** The cell a finding's button names. */
export function cellIn(text: string): string {
  const match = FINDING_TEXT.exec(text);
  if (!match) throw new Error(`not a finding with a cell: ${text}`);
  return match[2];
}

export interface WorkbookState {
  readonly sheets: string[];
  readonly activeSheet: string;
  readonly selection: { readonly sheet: string; readonly address: string };
}

export function workbookState(pane: Pane): Promise<WorkbookState> {
  return pane.evaluate(async () => {
    const { workbook } = await (window as ShimWindow).budgetCheckFake!;
    return {
      sheets: workbook.sheets.map((s) => s.name),
      activeSheet: workbook.activeSheet,
      selection: { ...workbook.selection },
    };
  });
}

/** Waits until the fake workbook's selection is `address`, then tells where it is. */
export async function selectionOnceAt(pane: Pane, address: string): Promise<WorkbookState> {
  await pane.waitForFunction(
    async (wanted) => (await (window as ShimWindow).budgetCheckFake!).workbook.selection.address === wanted,
    address,
    { timeout: 10_000 },
  );
  return workbookState(pane);
}

/** Every cell's value on a sheet of the fake workbook, by address. */
export function sheetValues(pane: Pane, sheet: string): Promise<Record<string, FakeValue>> {
  return pane.evaluate(async (name) => {
    const { workbook } = await (window as ShimWindow).budgetCheckFake!;
    const found = workbook.sheets.find((s) => s.name === name);
    return Object.fromEntries(
      Object.entries(found?.cells ?? {}).flatMap(([address, cell]) => (cell.value === undefined ? [] : [[address, cell.value]])),
    );
  }, sheet);
}

/** How a sheet of the fake workbook prints: its title rows and its footer's sections. */
export function sheetPrint(pane: Pane, sheet: string): Promise<{ titleRows?: string; footer: Record<string, string> }> {
  return pane.evaluate(async (name) => {
    const { workbook } = await (window as ShimWindow).budgetCheckFake!;
    const layout = workbook.sheets.find((s) => s.name === name)!.pageLayout;
    return { titleRows: layout.printTitleRows, footer: { ...layout.headerFooter } };
  }, sheet);
}

/**
 * The sample with two defects a user would make: the budget total at 예산!B4 off by 90 (transposed digits) and
 * asset HJ-PC-2014-01 registered twice (장비!A30).
 */
export function plantedWorkbook(): Promise<Buffer> {
  return plantedXlsx((fixture) => {
    patchCell(fixture, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + 90 });
    patchCell(fixture, SAMPLE_SHEETS.inventory, "A30", { value: "HJ-PC-2014-01" });
  });
}
