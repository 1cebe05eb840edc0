/**
 * Reads are bounded by the cells a file holds, never by what its names, merges or addresses claim: a grid past
 * the cell budget is refused by name before it is made, and a cell or merge past Excel's limits is a damaged file.
 */
import { readFile } from "node:fs/promises";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UnreadableWorkbookError } from "../../../../src/workbook/port";
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";
import { budgetRows, craftedXlsx, type CraftedSheet } from "../../../hardening/crafted-xlsx";
import { run } from "../../../helpers/cli";

const STACK_FRAME = /^\s+at .+[:(]/m;
const FAR_CELL = `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;

let folder: string;
beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), "bounds-"))));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function validateFile(sheet: CraftedSheet, definedNames: string, ...options: string[]) {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(path, craftedXlsx({ sheets: [sheet], definedNames }));
  return run("validate", path, ...options);
}

const BUDGET = (ref: string) => `<definedName name="Budget">${ref}</definedName>`;

describe("a name over a whole sheet with one value at XFD1048576", () => {
  const sheet = { name: "S", rows: budgetRows(20) + FAR_CELL };

  it("is refused as too many cells, naming the sheet and range, in Korean and English (exit 2)", async () => {
    const ko = await validateFile(sheet, BUDGET("S!$1:$1048576"));
    expect(ko.code).toBe(2);
    expect(ko.stderr.join("\n")).toContain("S!A1:XFD1048576 범위는 셀이 너무 많아 읽지 않았습니다");
    expect(ko.stderr.join("\n")).not.toMatch(STACK_FRAME);
    const en = await validateFile(sheet, BUDGET("S!$A:$XFD"), "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr.join("\n")).toContain("the range S!A1:XFD1048576 holds too many cells to read");
  });

  it("does not stop a name over the table's own cells (no detection, which reads the whole sheet)", async () => {
    const result = await validateFile(sheet, BUDGET("S!$A$1:$D$21"), "--no-detect", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout[0])).toMatchObject({ counts: { error: 0 } });
  });
});

describe("a merged area over A1:XFD1048576 whose top-left cell holds a value", () => {
  const sheet = { name: "S", rows: budgetRows(20), after: `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` };

  it("is a too-many-cells answer for a whole-sheet read, not an allocation", async () => {
    const result = await validateFile(sheet, BUDGET("S!$A$1:$D$21"));
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toContain("S!A1:XFD1048576");
  });
});

describe("addresses past Excel's limits", () => {
  it.each([
    ["a cell past XFD", `<row r="2"><c r="XFE2"><v>1</v></c></row>`, "", "XFE2"],
    ["a cell past row 1,048,576", `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, "", "A1048577"],
    ["a merged area past XFD", "", `<mergeCells count="1"><mergeCell ref="A30:XFE31"/></mergeCells>`, "A30:XFE31"],
  ])("%s is a damaged file, the sheet and address named", async (_, rows, after, address) => {
    const result = await validateFile({ name: "Data", rows: budgetRows(20) + rows, after }, BUDGET("Data!$A$1:$D$21"), "--lang", "en");
    expect(result.code).toBe(2);
    const stderr = result.stderr.join("\n");
    expect(stderr).toContain("the file is damaged");
    expect(stderr).toContain(`Data: a `);
    expect(stderr).toContain(address);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("quotes at most 80 characters of a hostile address", async () => {
    const long = `A${"1".repeat(5000)}`;
    const result = await validateFile({ name: "S", rows: `<row r="1048577"><c r="${long}"><v>1</v></c></row>` }, BUDGET("S!$A$1:$D$21"));
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n").length).toBeLessThan(400);
  });
});

describe("the cell budget (passed small, so no test needs gigabytes)", () => {
  const data = craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(20) }] });
  const table = { sheet: "S", top: 0, left: 0, bottom: 20, right: 3 }; // 84 cells

  it("refuses a batch whose grids pass it, naming the sheet and range of the grid that passed it", async () => {
    const source = await openXlsxBuffer(data, "t.xlsx", { cellBudget: 100 });
    const reading = source.readRanges([
      { name: "A", rect: table },
      { name: "B", rect: { ...table, bottom: 9 } },
    ]);
    await expect(reading).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(reading).rejects.toMatchObject({ reason: "too-many-cells", detail: "S!A1:D10" });
  });

  it("counts a grid by its used part: a whole-sheet request costs the cells in use", async () => {
    const source = await openXlsxBuffer(data, "t.xlsx", { cellBudget: 84 });
    const [grid] = await source.readRanges([{ name: "A", rect: { sheet: "S", top: 0, left: 0, bottom: 1_048_575, right: 16_383 } }]);
    expect(grid.values).toHaveLength(21);
  });

  it("counts identical rectangles once, and 20,000 names over one table share one grid", async () => {
    const source = await openXlsxBuffer(data, "t.xlsx", { cellBudget: 84 });
    const requests = Array.from({ length: 20_000 }, (_, i) => ({ name: `Budget_${i}`, rect: table }));
    const grids = await source.readRanges(requests);
    expect(grids.map((g) => g.name)).toEqual(requests.map((r) => r.name));
    expect(grids[19_999].values).toBe(grids[0].values);
    expect(grids[0].values[20]).toEqual(["사업20", 100, 50, 50]);
  });
});

it("the README and docs/performance.md state the budget", async () => {
  for (const doc of ["README.md", "docs/performance.md"]) expect(await readFile(join(__dirname, "../../../..", doc), "utf8")).toContain("16,777,216");
});
