/**
 * Excel tables (Insert → Table) count as names: the sample's budget, staff and inventory as tables named 예산,
 * 인력 and 장비, with no defined name for them, are checked as the named sample is, through the CLI and
 * through Office.js on the fake host.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureToXlsx, removeName, type WorkbookFixture } from "../../../scripts/sample/workbook-fixture";
import type { Finding } from "../../../src/core/finding";
import { UnreadableWorkbookError } from "../../../src/workbook/port";
import { run } from "../../helpers/cli";
import { withExcelTables, type TableSpec } from "../../../scripts/sample/excel-tables";
import { cleanFindings, SAMPLE_SHEETS, seedFixture } from "../../helpers/sample";
import { fakeExcelOf, findingsOf, gridsOf, officeSource, xlsxSource } from "../office/helpers";

const { budget, staff, inventory } = SAMPLE_SHEETS;

/** The cells a fixture's name covers, as a table's ref: `'예산'!$A$3:$D$9` → `A3:D9`. */
function refOf(fixture: WorkbookFixture, name: string): string {
  const found = fixture.names.find((n) => n.name === name);
  if (found === undefined) throw new Error(`the sample has no name ${name}`);
  return found.ref.slice(found.ref.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** The sample with its budget, staff and inventory as Excel tables instead of defined names. */
async function tablesOnlyXlsx(): Promise<Buffer> {
  const fixture = seedFixture();
  const tables: TableSpec[] = [
    { sheet: budget, name: "예산", ref: refOf(fixture, "Budget") },
    { sheet: staff, name: "인력", ref: refOf(fixture, "Staff") },
    { sheet: inventory, name: "장비", ref: refOf(fixture, "Inventory") },
  ];
  removeName(fixture, "Budget");
  removeName(fixture, "Staff", staff);
  removeName(fixture, "Inventory");
  return withExcelTables(await fixtureToXlsx(fixture), tables);
}

/** A finding without the name of its range, which is the table's here and the defined name's in the sample. */
const unnamed = ({ rule, sheet, cell, severity, message }: Finding) => ({ rule, sheet, cell, severity, message });

/** The names the findings of each sample range are carried under. */
const RENAMED: Record<string, string> = { Budget: "예산", Staff: "인력", Inventory: "장비" };

describe("a workbook whose tables are Excel tables, not defined names", () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await tablesOnlyXlsx();
  });

  it("lists its tables in the outline, header row and no totals row", async () => {
    const outline = await (await xlsxSource(xlsx)).outline();
    expect(outline.names.map((n) => n.name)).not.toContain("Budget");
    expect(outline.tables).toEqual([
      { name: "예산", sheet: budget, ref: "A3:D9", headerRowCount: 1, totalsRowCount: 0 },
      { name: "인력", sheet: staff, ref: expect.stringMatching(/^A3:/), headerRowCount: 1, totalsRowCount: 0 },
      { name: "장비", sheet: inventory, ref: expect.stringMatching(/^A3:J/), headerRowCount: 1, totalsRowCount: 0 },
    ]);
  });

  it("gives the named sample's findings through the CLI, each under its table's name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "budget-check-tables-"));
    try {
      const path = join(dir, "tables.xlsx");
      await writeFile(path, xlsx);
      const result = await run("validate", path, "--json");
      const json = JSON.parse(result.stdout[0]) as { findings: Finding[] };
      const expected = await cleanFindings();
      expect(result.code).toBe(0);
      expect(json.findings.map(unnamed)).toEqual(expected.map(unnamed));
      expect(json.findings.map((f) => f.name)).toEqual(expected.map((f) => RENAMED[f.name] ?? f.name));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives the same findings through Office.js on the fake host as through the .xlsx reader", async () => {
    const fromFile = await findingsOf(await xlsxSource(xlsx));
    const fake = await fakeExcelOf(xlsx);
    const fromExcel = await findingsOf(officeSource(fake));
    expect(fromExcel).toEqual(fromFile);
    expect(fromFile.map(unnamed)).toEqual((await cleanFindings()).map(unnamed));
  });
});

describe("an Excel table's totals row", () => {
  /** A budget table whose totals row is labelled 요약, as Excel's Korean UI labels it, not 계. */
  async function budgetWithTotalsRow(total: number, table: Partial<TableSpec> = { totalsRowCount: 1 }): Promise<Buffer> {
    const fixture: WorkbookFixture = {
      sheets: [
        {
          name: "예산",
          cells: {
            A1: "사업명", B1: "예산액", C1: "집행액",
            A2: "홈페이지 운영", B2: 100, C2: 80,
            A3: "전산장비 유지", B3: 200, C3: 150,
            A4: "요약", B4: { formula: "SUBTOTAL(109,B2:B3)", result: total }, C4: { formula: "SUBTOTAL(109,C2:C3)", result: 230 },
          },
        },
      ],
      names: [],
    };
    return withExcelTables(await fixtureToXlsx(fixture), [{ sheet: "예산", name: "Budget_2024", ref: "A1:C4", ...table }]);
  }

  it("is the total row whatever its label: a wrong total there is a total mismatch", async () => {
    const findings = await findingsOf(await xlsxSource(await budgetWithTotalsRow(310)));
    const mismatches = findings.filter((f) => f.rule === "budget/total-mismatch");
    expect(mismatches.map(({ name, sheet, cell }) => ({ name, sheet, cell }))).toEqual([{ name: "Budget_2024", sheet: "예산", cell: "B4" }]);
  });

  it("holds when it sums its rows", async () => {
    const findings = await findingsOf(await xlsxSource(await budgetWithTotalsRow(300)));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is the total row through Office.js too", async () => {
    const xlsx = await budgetWithTotalsRow(310);
    const fake = await fakeExcelOf(xlsx);
    expect(await findingsOf(officeSource(fake))).toEqual(await findingsOf(await xlsxSource(xlsx)));
  });

  it("is a detail row in a table that shows no totals row", async () => {
    const findings = await findingsOf(await xlsxSource(await budgetWithTotalsRow(310, { totalsRowCount: undefined })));
    expect(findings.filter((f) => f.rule === "budget/total-mismatch")).toEqual([]);
  });
});

describe("a defined name and an Excel table", () => {
  it("over the same cells count once, under the defined name", async () => {
    const fixture = seedFixture();
    const xlsx = await withExcelTables(await fixtureToXlsx(fixture), [{ sheet: budget, name: "예산", ref: refOf(fixture, "Budget") }]);
    expect(await findingsOf(await xlsxSource(xlsx))).toEqual(await cleanFindings());
    const onBudget = (await gridsOf(await xlsxSource(xlsx))).filter((grid) => grid.sheet === budget && grid.top === 2);
    expect(onBudget.map((grid) => grid.name)).toEqual(["Budget"]);
  });

  it("over different cells are both read: tables of one kind side by side", async () => {
    const fixture = seedFixture();
    const xlsx = await withExcelTables(await fixtureToXlsx(fixture), [{ sheet: budget, name: "예산_사본", ref: "A3:D9" }, { sheet: budget, name: "예산_일부", ref: "A3:C9" }]);
    const read = (await gridsOf(await xlsxSource(xlsx))).map((grid) => grid.name);
    expect(read).toEqual(expect.arrayContaining(["Budget", "예산_일부"]));
    expect(read).not.toContain("예산_사본");
  });
});

describe("a damaged table part", () => {
  const damaged = (xml: string) =>
    fixtureToXlsx(seedFixture()).then((x) => withExcelTables(x, [{ sheet: budget, name: "예산", ref: "A3:D9", xml }]));

  it.each([
    ["not well-formed", '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="예산" ref="A3:D9"><tableColumns>'],
    ["without a range", '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="예산" displayName="예산"/>'],
    ["not a table", "<worksheet/>"],
  ])("%s makes the file damaged, as the reader says of any part", async (_, xml) => {
    const source = await xlsxSource(await damaged(xml));
    await expect(source.outline()).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(source.outline()).rejects.toMatchObject({ reason: "corrupt" });
  });

  it("is a damaged-file message from the CLI, exit 2, no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "budget-check-tables-"));
    try {
      const path = join(dir, "damaged.xlsx");
      await writeFile(path, await damaged("<table"));
      const result = await run("validate", path);
      expect(result.code).toBe(2);
      expect(result.stderr.join("\n")).toContain("손상");
      expect(result.stderr.join("\n")).not.toMatch(/^\s+at .+[:(]/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
