/**
 * The sample workbook, built from the seed figures, with defects planted in copies of it: each rule's test
 * writes its copy to a real .xlsx and checks it the way the shells do (the .xlsx reader, then the core).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import figures from "../../assets/seed/figures.json";
import { buildSeedFixture } from "../../scripts/sample/seed-workbook";
import { cellAddress, cloneFixture, fixtureToXlsx, getSheet, setName, type FixtureCell, type WorkbookFixture } from "../../scripts/sample/workbook-fixture";
import type { Finding, Severity } from "../../src/core/finding";
import { defaultOptions, type CheckOptions } from "../../src/core/options";
import { checkWorkbook } from "../../src/app/check-workbook";
import { openXlsxBuffer } from "../../src/workbook/xlsx";

import { SAMPLE_SHEETS } from "../../scripts/sample/seed-workbook";

export { SAMPLE_SHEETS };

/** The committed sample, which tests/scripts/seed-workbook.test.ts keeps byte-equal to the seed fixture. */
export const SAMPLE_PATH = join(__dirname, "../../assets/samples/budget-check-sample.xlsx");

/** The seed report's date, passed as today so that no test depends on the clock. */
export const SEED_TODAY = { year: 2018, month: 9, day: 30 } as const;

/** The moment the shells' clocks read in tests: the seed's date, 09:00 local time. */
export const SEED_NOW = new Date(SEED_TODAY.year, SEED_TODAY.month - 1, SEED_TODAY.day, 9, 0);

const seed = buildSeedFixture(figures);

/** A fresh copy of the sample's fixture, free to change. */
export function seedFixture(): WorkbookFixture {
  return cloneFixture(seed);
}

/** The sample with `plant` applied to a copy of it, as .xlsx bytes. */
export function plantedXlsx(plant: (fixture: WorkbookFixture) => void): Promise<Buffer> {
  const fixture = seedFixture();
  plant(fixture);
  return fixtureToXlsx(fixture);
}

const SAMPLE_LOTS = 40;

/** The sample with its inventory grown (or cut) to `count` lots, cycling through the sample's own lots. */
export function withLots(count: number): Promise<Buffer> {
  return plantedXlsx((f) => {
    const cells = getSheet(f, SAMPLE_SHEETS.inventory).cells;
    const lots = Array.from({ length: SAMPLE_LOTS }, (_, i) => Array.from({ length: 10 }, (_, c) => cells[cellAddress(c + 1, 4 + i)]));
    for (let i = 0; i < SAMPLE_LOTS; i++) for (let c = 0; c < 10; c++) delete cells[cellAddress(c + 1, 4 + i)];
    for (let i = 0; i < count; i++) {
      lots[i % SAMPLE_LOTS].forEach((cell: FixtureCell, c) => (cells[cellAddress(c + 1, 4 + i)] = cell));
      cells[cellAddress(1, 4 + i)] = { value: `LOT-${String(i + 1).padStart(5, "0")}`, border: true };
    }
    setName(f, "Inventory", `${SAMPLE_SHEETS.inventory}!$A$3:$J$${3 + count}`);
  });
}

/** Checks .xlsx bytes as the shells do; throws if the workbook holds none of our names. */
export async function checkXlsx(xlsx: Buffer, overrides: Partial<CheckOptions> = {}): Promise<Finding[]> {
  const source = await openXlsxBuffer(xlsx, "planted.xlsx");
  const check = await checkWorkbook(source, defaultOptions(SEED_TODAY, overrides));
  if (check.kind !== "checked") throw new Error(`no names to check (found: ${check.definedNames.join(", ")})`);
  return [...check.findings];
}

let clean: Promise<Buffer> | undefined;
let cleanChecked: Promise<Finding[]> | undefined;

/** The unchanged sample as .xlsx bytes, built once per test file. */
export function cleanXlsx(): Promise<Buffer> {
  clean ??= plantedXlsx(() => {});
  return clean;
}

/** The unchanged sample's findings (Korean, default options), computed once per test file. */
export function cleanFindings(): Promise<Finding[]> {
  cleanChecked ??= cleanXlsx().then((xlsx) => checkXlsx(xlsx));
  return cleanChecked;
}

export interface Located {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
}

/** What an assertion about "which rule, where, how bad" compares. */
export function located(finding: Finding): Located {
  const { rule, severity, sheet, cell } = finding;
  return { rule, severity, sheet, cell };
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

const identity = (f: Finding) => [f.rule, f.name, f.sheet, f.cell, f.message].join("\u0000");

/** The findings that the clean sample does not have: what a planted defect added. */
export function addedTo(cleanList: readonly Finding[], findings: readonly Finding[]): Finding[] {
  const before = new Set(cleanList.map(identity));
  return findings.filter((f) => !before.has(identity(f)));
}

/**
 * Asserts that a planted defect adds exactly `expected` to the clean sample's findings, in order, and that
 * they are the only errors (the clean sample has none).
 */
export async function expectAdded(findings: readonly Finding[], expected: readonly Located[]): Promise<void> {
  expect(addedTo(await cleanFindings(), findings).map(located)).toEqual(expected);
  expect(errorsOf(findings).map(located)).toEqual(expected.filter((e) => e.severity === "error"));
}

/** Each finding of `rule` as [cell, message]. */
export function messagesOf(findings: readonly Finding[], rule: string): [string, string][] {
  return findings.filter((f) => f.rule === rule).map((f) => [f.cell, f.message]);
}

/** Writes a fixture to a fresh temporary directory (for the CLI, which reads files); `remove` deletes it. */
export async function writeFixtureFile(
  fixture: WorkbookFixture,
  fileName = "planted.xlsx",
): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "budget-check-"));
  const path = join(dir, fileName);
  await writeFile(path, await fixtureToXlsx(fixture));
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The sample with `Staff` named from its second header row: its two-row merged labels start outside the name. */
export function withStaffBelowMergedHeader(): Promise<Buffer> {
  return plantedXlsx((f) => setName(f, "Staff", `${SAMPLE_SHEETS.staff}!$A$4:$P$7`, SAMPLE_SHEETS.staff));
}

/** The sample with a `Table_병합` of `rows` rows whose amounts are each merged over two columns, and a 계 row. */
export function withMergedAmounts(rows: number): Promise<Buffer> {
  return plantedXlsx((f) => {
    const cells: Record<string, FixtureCell> = { A1: "구분", B1: "금액", D1: "건수" };
    const merges = ["B1:C1"];
    for (let i = 1; i <= rows + 1; i++) {
      const row = i + 1;
      const total = i === rows + 1;
      cells[`A${row}`] = total ? "계" : `항목 ${i}`;
      cells[`B${row}`] = total ? (rows * (rows + 1)) / 2 : i;
      cells[`D${row}`] = total ? rows : 1;
      merges.push(`B${row}:C${row}`);
    }
    f.sheets.push({ name: "병합", cells, merges });
    setName(f, "Table_병합", `병합!$A$1:$D$${rows + 2}`);
  });
}
