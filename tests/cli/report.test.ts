import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { patchCell, setCell } from "../../scripts/sample/workbook-fixture";
import { AMOUNT_FORMAT } from "../../src/core/summary/styles";
import { run } from "../helpers/cli";
import { SAMPLE_PATH, seedFixture, writeFixtureFile } from "../helpers/sample";

type Workbook = ExcelJS.Workbook;

async function load(path: string): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's value as a reader sees it: a formula's cached result, else the value. */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  return v !== null && typeof v === "object" && "formula" in v ? v.result : v;
}

/** The first row at or after `from` whose column A reads `text`. */
function rowWith(sheet: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  throw new Error(`no row with ${text} from ${from}`);
}

async function definedNames(path: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(await readFile(path))).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
}

/** Every cell of every sheet but `skip`: value, formula, number format and style. */
function sourceCells(workbook: Workbook, skip: readonly string[] = []): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  workbook.eachSheet((sheet) => {
    if (skip.includes(sheet.name)) return;
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[`${sheet.name}!${cell.address}`] = { value: cell.value, numFmt: cell.numFmt, style: cell.style };
      }),
    );
  });
  return cells;
}

let temp: { path: string; remove: () => Promise<void> };
let out: string;

beforeAll(async () => {
  temp = await writeFixtureFile(seedFixture(), "sample.xlsx");
  out = join(temp.path, "..", "sample-summary.xlsx");
  const result = await run("report", temp.path, "-o", out);
  expect(result.stderr).toEqual([]);
  expect(result.code).toBe(0);
  expect(result.stdout.join("\n")).toContain("'요약' 시트를 썼습니다");
});

afterAll(() => temp.remove());

describe("budget-check report", () => {
  it("writes the seed's totals where a reader finds them", async () => {
    const summary = (await load(out)).getWorksheet("요약")!;
    const budgetTotal = rowWith(summary, "계", rowWith(summary, "홍보기능 강화를 통한 구 이미지 제고"));
    expect(shown(summary.getCell(budgetTotal, 2))).toBe(4165473);
    expect(shown(summary.getCell(budgetTotal, 3))).toBe(3205952);
    expect((shown(summary.getCell(budgetTotal, 5)) as number).toFixed(3)).toBe("0.770");
    expect(summary.getCell(budgetTotal, 5).numFmt).toBe("0.0%");
    expect((summary.getCell(budgetTotal, 2).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(B\d+:B\d+\)$/);

    const staffTotal = rowWith(summary, "계", rowWith(summary, "직종"));
    expect([3, 4, 5].map((c) => shown(summary.getCell(staffTotal, c)))).toEqual([27, 28, 1]);
    expect(summary.getCell(staffTotal, 5).numFmt).toBe(AMOUNT_FORMAT);
    const gradeRow = rowWith(summary, "일반직", rowWith(summary, "직종"));
    expect(summary.getCell(gradeRow + 4, 5).numFmt).toBe(AMOUNT_FORMAT); // 8급: △1
    expect(shown(summary.getCell(gradeRow + 4, 5))).toBe(-1);

    const lotIds: unknown[] = [];
    summary.getColumn(2).eachCell((cell) => lotIds.push(cell.value));
    for (const id of ["HJ-SV-2006-01", "HJ-ST-2010-01", "HJ-SC-2011-01", "HJ-PC-2013-01", "HJ-MN-2013-01", "HJ-PR-2012-01", "HJ-VH-2009-01"]) {
      expect(lotIds).toContain(id);
    }
  });

  it("titles the summary with the department and fiscal year, boxes to sign in, and page numbers in the footer", async () => {
    const summary = (await load(out)).getWorksheet("요약")!;
    expect(["A1", "G2", "H2", "I2"].map((a) => summary.getCell(a).value)).toEqual(["2018년 홍보전산과 예산·자산 현황", "담당", "팀장", "과장"]);
    expect(summary.headerFooter.oddFooter).toBe("&C- &P / &N -&R인쇄 &D");
  });

  it("takes the 결재란's roles from the command line, or none", async () => {
    const target = join(temp.path, "..", "roles.xlsx");
    const result = await run("report", temp.path, "-o", target, "--approvals", "담당, 과장", "--lang", "en");
    expect(result.code).toBe(0);
    const summary = (await load(target)).getWorksheet("Summary")!;
    expect(["H2", "I2"].map((a) => summary.getCell(a).value)).toEqual(["담당", "과장"]);
    expect(summary.getCell("G2").master.address).toBe("A2");
    const bare = join(temp.path, "..", "bare.xlsx");
    expect((await run("report", temp.path, "-o", bare, "--no-approvals")).code).toBe(0);
    expect((await load(bare)).getWorksheet("요약")!.getCell("I2").master.address).toBe("A2");
    const refused = await run("report", temp.path, "-o", bare, "--approvals", " , ");
    expect([refused.code, refused.stderr.join("\n")]).toEqual([2, expect.stringContaining("--approvals")]);
  });

  it("prints the department given with --department when the workbook names none", async () => {
    const fixture = seedFixture();
    setCell(fixture, "개요", "A1", "2018년 업무보고");
    const untitled = await writeFixtureFile(fixture, "untitled.xlsx");
    try {
      const target = join(untitled.path, "..", "untitled-out.xlsx");
      expect((await run("report", untitled.path, "-o", target, "--department", "정보통신과")).code).toBe(0);
      const summary = (await load(target)).getWorksheet("요약")!;
      expect(summary.getCell("A1").value).toBe("2018년 정보통신과 예산·자산 현황");
      expect(String(summary.getCell("A2").value)).toMatch(/^부서 정보통신과 \(설정\)/);
    } finally {
      await untitled.remove();
    }
  });

  it("leaves every source cell and every defined name as it was", async () => {
    const before = await load(temp.path);
    const after = await load(out);
    expect(after.worksheets.map((s) => s.name)).toEqual([...before.worksheets.map((s) => s.name), "요약", "검증 결과"]);
    expect(sourceCells(after, ["요약", "검증 결과"])).toEqual(sourceCells(before));
    const names = await definedNames(out);
    for (const name of await definedNames(temp.path)) expect(names).toContain(name);
    expect(names.filter((n) => !n.includes("BudgetCheck_") && !n.includes("_xlnm."))).toEqual(await definedNames(temp.path));
  });

  it("replaces its own summary when run again, instead of adding another sheet", async () => {
    const again = join(temp.path, "..", "again.xlsx");
    const result = await run("report", out, "-o", again, "--lang", "en");
    expect(result.code).toBe(0);
    const names = (await load(again)).worksheets.map((s) => s.name);
    expect(names.filter((n) => n === "요약" || n === "Summary")).toEqual(["Summary"]);
    expect(names.filter((n) => n === "검증 결과" || n === "Findings")).toEqual(["Findings"]);
    expect(names).toHaveLength((await load(temp.path)).worksheets.length + 2);
  });

  it("never touches a user's own 요약 sheet: the new one is 요약 (2)", async () => {
    const fixture = seedFixture();
    fixture.sheets.push({ name: "요약", cells: { A1: "내가 만든 요약", B2: 42 } });
    const mine = await writeFixtureFile(fixture, "mine.xlsx");
    try {
      const target = join(mine.path, "..", "mine-out.xlsx");
      const result = await run("report", mine.path, "-o", target);
      expect(result.code).toBe(0);
      expect(result.stdout.join("\n")).toContain("'요약 (2)'");
      const after = await load(target);
      expect(after.getWorksheet("요약")!.getCell("A1").value).toBe("내가 만든 요약");
      expect(after.getWorksheet("요약")!.getCell("B2").value).toBe(42);
      expect(after.getWorksheet("요약 (2)")!.getCell("A1").value).toBe("2018년 홍보전산과 예산·자산 현황");
    } finally {
      await mine.remove();
    }
  });

  it("writes a label that looks like a formula as text, and still reports a workbook with errors", async () => {
    const fixture = seedFixture();
    setCell(fixture, "예산", "A5", "=1+1");
    patchCell(fixture, "예산", "B4", { result: 4165473 + 9 });
    const planted = await writeFixtureFile(fixture, "planted.xlsx");
    try {
      const target = join(planted.path, "..", "planted-out.xlsx");
      const result = await run("report", planted.path, "-o", target);
      expect(result.code).toBe(1);
      const summary = (await load(target)).getWorksheet("요약")!;
      const row = rowWith(summary, "=1+1");
      expect(summary.getCell(row, 1).type).toBe(ExcelJS.ValueType.String);
      const findingsHeader = rowWith(summary, "위치");
      expect(summary.getCell(findingsHeader + 1, 1).value).toBe("예산!B4");
    } finally {
      await planted.remove();
    }
  });

  it("refuses to write over its input, and leaves the input as it was", async () => {
    const before = await readFile(temp.path);
    const result = await run("report", temp.path, "-o", join(temp.path, "..", ".", "sample.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toContain("입력 파일과 같은 경로");
    expect(Buffer.compare(await readFile(temp.path), before)).toBe(0);
  });

  it("needs -o", async () => {
    const result = await run("report", SAMPLE_PATH);
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toContain("-o OUT.xlsx");
  });
});
