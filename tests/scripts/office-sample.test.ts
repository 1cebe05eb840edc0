/**
 * The second sample, "as an office writes it": no defined name, the budget an Excel table in e-호조's words and
 * in 원, the other tables in the forms' words, no as-of date. It must check as the first sample does: the same
 * budget, staff and lots, found rather than named, in 원, as of the day it is checked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import figures from "../../assets/seed/figures.json";
import { withExcelTables } from "../../scripts/sample/excel-tables";
import { buildOfficeFixture, OFFICE_SHEETS } from "../../scripts/sample/office-workbook";
import { fixtureToXlsx } from "../../scripts/sample/workbook-fixture";
import { run } from "../helpers/cli";

const PATH = join(__dirname, "../../assets/samples/budget-check-office-sample.xlsx");

interface Report {
  asOf: string;
  asOfSource: string;
  ranges: { name: string; kind: string; sheet: string; detected: boolean }[];
  findings: { rule: string; sheet: string; severity: string }[];
  counts: { error: number; warning: number; info: number };
  units: { name: string; unit: string; source: string }[];
}

describe("the office sample (assets/samples/budget-check-office-sample.xlsx)", () => {
  let report: Report;
  let code: number;
  beforeAll(async () => {
    const result = await run("validate", PATH, "--json");
    code = result.code;
    report = JSON.parse(result.stdout.join("")) as Report;
  });

  it("is the committed sample, byte for byte (rebuild with npm run build:sample)", async () => {
    const { fixture, tables } = buildOfficeFixture(figures);
    expect(readFileSync(PATH).equals(await withExcelTables(await fixtureToXlsx(fixture), tables))).toBe(true);
  });

  it("has no defined name; its budget is the Excel table 예산, its other tables are found by their headers", () => {
    expect(report.ranges.map(({ name, kind, sheet, detected }) => [kind, sheet, detected, detected ? "" : name])).toEqual([
      ["budget", OFFICE_SHEETS.budget, false, "예산"],
      ["staff", OFFICE_SHEETS.staff, true, ""],
      ["inventory", OFFICE_SHEETS.register, true, ""],
      ["usefulLife", OFFICE_SHEETS.lives, true, ""],
    ]);
    expect(report.findings.filter((f) => f.rule === "workbook/detected-table").map((f) => f.sheet)).toEqual([
      OFFICE_SHEETS.staff,
      OFFICE_SHEETS.register,
      OFFICE_SHEETS.lives,
    ]);
  });

  it("reads its amounts in 원 from the headers, and says the as-of date is today's", () => {
    expect(report.units.map(({ unit, source }) => [unit, source])).toEqual([
      ["won", "header"],
      ["won", "header"],
    ]);
    expect(report.asOfSource).toBe("today");
    expect(report.asOf).toBe("2018-09-30"); // The test's clock.
  });

  it("holds every total, rate and 과부족 as the named sample does: no error", () => {
    expect(report.counts.error).toBe(0);
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.severity === "warning").every((f) => f.rule === "inventory/overdue")).toBe(true);
  });
});
