import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { run } from "../helpers/cli";
import { findingKey } from "../../src/core/stamp/acceptance";
import { checkXlsx, plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";

const { budget } = SAMPLE_SHEETS;

let dir: string;
let defect: string;
let accepted: string;
let stamped: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-record-"));
  defect = join(dir, "defect.xlsx");
  accepted = join(dir, "accepted.xlsx");
  stamped = join(dir, "stamped.xlsx");
  await writeFile(defect, await plantedXlsx((f) => patchCell(f, budget, "B4", { result: 4_165_473 + 90 })));
  const recorded = await run("accept", defect, "--rule", "budget/total-mismatch", "--cell", `${budget}!B4`, "--reason", "예산과 승인", "-o", accepted);
  expect(recorded.code).toBe(0);
  expect((await run("--lang", "en", "stamp", accepted, "-o", stamped)).code).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("validate and report with accepted findings and a stamp", () => {
  it("exits 1 on the defect before it is accepted", async () => {
    expect((await run("validate", defect)).code).toBe(1);
  });

  it("lists the accepted finding apart in JSON, with a separate count, and exits 0", async () => {
    const result = await run("validate", accepted, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout[0]);
    expect(json.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(json.accepted).toEqual([expect.objectContaining({ rule: "budget/total-mismatch", sheet: budget, cell: "B4", reason: "예산과 승인" })]);
    expect(json.counts).toMatchObject({ error: 0, accepted: 1 });
  });

  it("lists it apart in text, with its reason", async () => {
    const text = (await run("validate", accepted)).stdout.join("\n");
    expect(text).toContain("예외 처리한 항목 (오류로 세지 않음)");
    expect(text).toMatch(new RegExp(`✓ ${budget}!B4 .*\\[budget/total-mismatch\\]\\n\\s+사유: 예산과 승인`));
    expect(text).toMatch(/오류 0 · 경고 \d+ · 정보 \d+ · 예외 처리 1 — 검증 통과/);
  });

  it("prints the stamp and the accepted findings on the summary sheet", async () => {
    const out = join(dir, "summary.xlsx");
    expect((await run("report", stamped, "-o", out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.getWorksheet("요약")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.find((t) => t.startsWith("검증 도장:"))).toMatch(/버전 0\.1\.0, 기준일 2018-09-30\) · 이후 데이터 변경 없음$/);
    expect(texts).toContain("예외 처리한 항목 (오류로 세지 않음)");
    expect(texts.some((t) => t.startsWith("예산과 승인"))).toBe(true);
    // The report keeps the record: the copy still verifies.
    expect((await run("verify", out)).code).toBe(0);
  });
});

describe("acceptance keys", () => {
  it("are the same whatever language the findings were rendered in", async () => {
    const xlsx = await plantedXlsx((f) => {
      patchCell(f, budget, "B4", { result: 4_165_473 + 90 });
      patchCell(f, budget, "C4", { result: 1 });
    });
    const ko = await checkXlsx(xlsx, { lang: "ko" });
    const en = await checkXlsx(xlsx, { lang: "en" });
    expect(ko.length).toBeGreaterThan(20);
    expect(en.map(findingKey)).toEqual(ko.map(findingKey));
  });
});
