/** The sample's summary book, and a sheet's content in a form both writers' outputs can be compared in. */
import { buildSummary } from "../../../src/core/summary/build-summary";
import type { SummaryBook } from "../../../src/core/summary/sheet-spec";
import { findSheet, type FakeCell, type FakeSheet, type FakeWorkbook } from "../../../src/fake-excel";
import { checkWorkbook } from "../../../src/app/check-workbook";
import { defaultOptions } from "../../../src/core/options";
import { xlsxSource } from "./helpers";
import { SEED_TODAY } from "../../helpers/sample";
import type { Finding } from "../../../src/core/finding";

export async function summaryBookOf(xlsx: Uint8Array, edit: (findings: Finding[]) => Finding[] = (f) => f): Promise<SummaryBook> {
  const check = await checkWorkbook(await xlsxSource(xlsx), defaultOptions(SEED_TODAY));
  if (check.kind !== "checked") throw new Error("no names");
  return buildSummary({
    ...check,
    findings: edit([...check.findings]),
    dueWithinMonths: 12,
    lang: "ko",
    fileName: "budget-check-sample.xlsx",
    generatedAt: "2026-11-25 15:20",
  });
}

/** What a cell holds, an empty string and no value alike. */
export function contentOf(cell: FakeCell | undefined): { value?: unknown; formula?: string; numberFormat: string } {
  const value = cell?.value === "" ? undefined : cell?.value;
  return { ...(value !== undefined && { value }), ...(cell?.formula && { formula: cell.formula }), numberFormat: cell?.numberFormat ?? "General" };
}

/** Every cell with content or a number format, by address. */
export function contents(sheet: FakeSheet): Record<string, ReturnType<typeof contentOf>> {
  const out: Record<string, ReturnType<typeof contentOf>> = {};
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const content = contentOf(cell);
    if (content.value !== undefined || content.formula !== undefined || content.numberFormat !== "General") out[address] = content;
  }
  return out;
}

export function sheetOf(workbook: FakeWorkbook, name: string): FakeSheet {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) throw new Error(`no sheet ${name} (have ${workbook.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
}
