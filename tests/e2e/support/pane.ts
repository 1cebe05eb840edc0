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

const keyboardOf = (pane: Pane) => ("keyboard" in pane ? pane.keyboard : pane.page().keyboard);

/** The findings list: a grid that draws only the rows in view. */
export const findingsGrid = (pane: Pane): Locator => pane.getByRole("grid", { name: "검증 결과" });

export const findingButtons = (pane: Pane): Locator => findingsGrid(pane).getByRole("button").filter({ hasText: FINDING_TEXT });

/** The focused element's text: a finding reads `경고, F12: …`, the infos toggle `정보 30건 보기`. */
export const focusedText = (pane: Pane): Promise<string> => pane.evaluate(() => document.activeElement?.textContent ?? "");

/**
 * Walks the findings list by keyboard from its first row to its last (ArrowDown), opening every section's
 * collapsed infos on the way (Enter on `정보 N건 보기`), and calls `visit` on each finding with a cell as it has
 * the focus. The list draws only the rows in view, so this is how every finding is reached, as a user would.
 */
export async function walkFindings(pane: Pane, visit: (cell: string) => Promise<void>): Promise<void> {
  await findingsGrid(pane).locator("[data-focus-target][tabindex='0']").focus();
  await keyboardOf(pane).press("Home");
  let previous = "";
  for (;;) {
    const text = await focusedText(pane);
    if (text === previous) return;
    if (/^정보 \d+건 보기$/.test(text)) await keyboardOf(pane).press("Enter");
    else if (FINDING_TEXT.test(text)) await visit(cellIn(text));
    previous = await focusedText(pane);
    await keyboardOf(pane).press("ArrowDown");
  }
}

/** The counts the pane announces once a validation is done: `검증 결과: 오류 0건, 경고 7건, 정보 13건`. */
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

/**
 * Waits until the fake workbook's selection is `address`, then tells where it is. Polled from here: the fake host
 * answers a round trip in a task of its own, and `waitForFunction` would take an async predicate's promise for true.
 */
export async function selectionOnceAt(pane: Pane, address: string): Promise<WorkbookState> {
  const until = Date.now() + 10_000;
  for (;;) {
    const state = await workbookState(pane);
    if (state.selection.address === address) return state;
    if (Date.now() > until) throw new Error(`the selection stayed at ${state.selection.sheet}!${state.selection.address}, not ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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
