/**
 * Reads are bounded by the cells a file holds, never by what its names, merges or addresses claim: a large, mostly
 * empty grid is read sparse, a grid past the cell budget is refused by name before it is made, and a cell or
 * merge past Excel's limits is a finding (workbook/beyond-limits), read no further, while the rest of the
 * workbook is checked.
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

  it("is checked at what its cells cost: the table, and the far value as a warning at its cell (sparse.test.ts has more)", async () => {
    for (const name of ["S!$1:$1048576", "S!$A:$XFD"]) {
      const result = await validateFile(sheet, BUDGET(name), "--json");
      expect(result.code).toBe(0);
      const { findings } = JSON.parse(result.stdout[0]) as { findings: { rule: string; cell: string }[] };
      expect(findings.map((f) => [f.rule, f.cell])).toEqual([["table/far-cells", "XFD1048576"]]);
    }
  });

  it("does not stop a name over the table's own cells", async () => {
    const result = await validateFile(sheet, BUDGET("S!$A$1:$D$21"), "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout[0])).toMatchObject({ counts: { error: 0, warning: 0 } });
  });
});

describe("a merged area over A1:XFD1048576 whose top-left cell holds a value", () => {
  const sheet = { name: "S", rows: budgetRows(20), after: `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` };

  it("is read, not allocated: the whole-sheet read for detection is sparse, and the name over the table is checked", async () => {
    const result = await validateFile(sheet, BUDGET("S!$A$1:$D$21"), "--json");
    expect(result.stderr.join("\n")).not.toMatch(STACK_FRAME);
    // The merge spreads the header's first word over the whole table, so no budget header is left to find.
    const { findings } = JSON.parse(result.stdout[0]) as { findings: { rule: string; cell: string }[] };
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["table/unrecognized", "A1"]]);
  });
});

describe("addresses past Excel's limits", () => {
  it.each([
    ["a cell past XFD", `<row r="2"><c r="XFE2"><v>1</v></c></row>`, "", "XFE2"],
    ["a cell past row 1,048,576", `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, "", "A1048577"],
    ["a merged area past XFD", "", `<mergeCells count="1"><mergeCell ref="A30:XFE31"/></mergeCells>`, "A30:XFE31"],
  ])("%s is a workbook/beyond-limits finding naming the sheet and address; the table is still checked", async (_, rows, after, address) => {
    const result = await validateFile({ name: "Data", rows: budgetRows(20) + rows, after }, BUDGET("Data!$A$1:$D$21"), "--lang", "en", "--json");
    expect(result.code).toBe(1);
    const { findings, ranges } = JSON.parse(result.stdout[0]) as { findings: { rule: string; sheet: string; cell: string; name: string; message: string }[]; ranges: { name: string }[] };
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "workbook/beyond-limits",
        name: "",
        sheet: "Data",
        cell: address.includes(":") ? "" : address,
        message: `${address} on sheet 'Data' lies past Excel's last row (1,048,576) or column (XFD) and was not read (cells and merged areas past the limits on this sheet: 1). Fix it in the program that wrote the file.`,
      },
    ]);
    expect(ranges.map((r) => r.name)).toEqual(["Budget"]);
  });

  it("counts every one on the sheet and names the first, in Korean too", async () => {
    const far = `<row r="1048577"><c r="A1048577"><v>1</v></c><c r="B1048577"><v>2</v></c></row>`;
    const after = `<mergeCells count="1"><mergeCell ref="A30:XFE31"/></mergeCells>`;
    const result = await validateFile({ name: "Data", rows: budgetRows(20) + far, after }, BUDGET("Data!$A$1:$D$21"), "--json");
    const { findings } = JSON.parse(result.stdout[0]) as { findings: { rule: string; message: string }[] };
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "workbook/beyond-limits",
        "시트 'Data'의 A1048577이 Excel의 마지막 행(1,048,576)이나 마지막 열(XFD)을 벗어나 있어 읽지 않았습니다 (이 시트에서 이런 셀과 병합 영역은 모두 3개입니다). 파일을 만든 프로그램에서 고치십시오.",
      ],
    ]);
  });

  it("quotes at most 80 characters of a hostile address", async () => {
    const long = `A${"1".repeat(5000)}`;
    const result = await validateFile({ name: "S", rows: budgetRows(20) + `<row r="1048577"><c r="${long}"><v>1</v></c></row>` }, BUDGET("S!$A$1:$D$21"), "--json");
    const { findings } = JSON.parse(result.stdout[0]) as { findings: { rule: string; message: string }[] };
    expect(findings.map((f) => f.rule)).toEqual(["workbook/beyond-limits"]);
    expect(findings[0].message.length).toBeLessThan(300);
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

  it("counts a sparse grid by the cells it keeps, and names the rectangle when they pass it", async () => {
    const far = craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(20) + FAR_CELL }] });
    const whole = { sheet: "S", top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    // The table's 21 rows, eight of the empty run and the far row; its 4 columns, eight empty ones and XFD.
    const [grid] = await (await openXlsxBuffer(far, "t.xlsx", { cellBudget: 30 * 13 })).readRanges([{ name: "A", rect: whole }]);
    expect([grid.values.length, grid.values[0].length]).toEqual([30, 13]);
    const reading = (await openXlsxBuffer(far, "t.xlsx", { cellBudget: 30 * 13 - 1 })).readRanges([{ name: "A", rect: whole }]);
    await expect(reading).rejects.toMatchObject({ reason: "too-many-cells", detail: "S!A1:XFD1048576" });
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
