/** The sample (or a planted copy) behind both adapters: the ExcelJS one on the file, the Office.js one on the fake host. */
import type { Finding } from "../../../src/core/finding";
import type { Grid } from "../../../src/core/grid";
import { planReads } from "../../../src/core/names/plan";
import { defaultOptions, type CheckOptions } from "../../../src/core/options";
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel, type FakeExcelOptions } from "../../../src/fake-excel";
import { checkWorkbook } from "../../../src/app/check-workbook";
import { createOfficeSource, type OfficeSourceOptions } from "../../../src/workbook/office";
import type { ApiSupport } from "../../../src/workbook/office/run";
import type { WorkbookSource } from "../../../src/workbook/port";
import { openXlsxBuffer } from "../../../src/workbook/xlsx";
import { SEED_TODAY } from "../../helpers/sample";

export async function fakeExcelOf(xlsx: Uint8Array, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return createFakeExcel(await fakeWorkbookFromXlsx(xlsx), options);
}

/** The fake host's answer to `isSetSupported("ExcelApi", version)`. */
export function supportsOf(fake: FakeExcel): ApiSupport {
  return (version) => fake.isSetSupported("ExcelApi", version);
}

export function officeSource(fake: FakeExcel, options: Omit<OfficeSourceOptions, "supports"> = {}): WorkbookSource {
  return createOfficeSource(fake.run, { supports: supportsOf(fake), ...options });
}

export async function findingsOf(source: WorkbookSource, overrides: Partial<CheckOptions> = {}): Promise<Finding[]> {
  const check = await checkWorkbook(source, defaultOptions(SEED_TODAY, overrides));
  if (check.kind !== "checked") throw new Error("no names to check");
  return [...check.findings];
}

export async function xlsxSource(xlsx: Uint8Array): Promise<WorkbookSource> {
  return openXlsxBuffer(xlsx, "sample.xlsx");
}

/** What "the same finding" compares: rule, sheet, cell, severity, message (and the name it belongs to). */
export function findingKey(f: Finding): string {
  return [f.rule, f.name, f.sheet, f.cell, f.severity, f.message].join(" | ");
}

/** Findings in the order the core gives them: the plan orders tables by sheet and position, whatever the host. */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map(findingKey);
}

/** Every range the core would read, in the plan's order. */
export async function gridsOf(source: WorkbookSource): Promise<Grid[]> {
  const outline = await source.outline();
  const plan = planReads(outline.names, outline.sheets, outline.tables);
  return source.readRanges(plan.reads.map(({ name, rect }) => ({ name, rect })));
}
