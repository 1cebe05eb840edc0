import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { main } from "../../src/cli/main";
import { applyRecord } from "../../src/core/stamp/record";
import { fingerprintSubjects } from "../../src/core/stamp/stamp";
import { defaultOptions } from "../../src/core/options";
import { checkWorkbook } from "../../src/app/check-workbook";
import { openXlsxBuffer } from "../../src/workbook/xlsx";
import { readRecordFromXlsx, writeRecordIntoXlsx } from "../../src/workbook/xlsx";
import { checkXlsx, cleanXlsx, errorsOf, plantedXlsx, SAMPLE_SHEETS, SEED_NOW, SEED_TODAY } from "../helpers/sample";

const { budget } = SAMPLE_SHEETS;
const BUDGET_TOTAL = 4_165_473;

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdout: (t: string) => stdout.push(t), stderr: (t: string) => stderr.push(t), clock: () => SEED_NOW, color: false };
  const code = await main(argv, io);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

/** The record of `from` written into `into`: the stamped file as a user would have it after editing cells. */
async function withRecordOf(from: Uint8Array, into: Uint8Array): Promise<Buffer> {
  return writeRecordIntoXlsx(into, await readRecordFromXlsx(from));
}

async function fingerprintOf(xlsx: Uint8Array) {
  const check = await checkWorkbook(await openXlsxBuffer(xlsx, "x.xlsx"), defaultOptions(SEED_TODAY));
  if (check.kind !== "checked") throw new Error("nothing checked");
  return fingerprintSubjects(check.subjects);
}

let dir: string;
let clean: string;
let stamped: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-stamp-"));
  clean = join(dir, "clean.xlsx");
  stamped = join(dir, "stamped.xlsx");
  await writeFile(clean, await cleanXlsx());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("budget-check stamp and verify", () => {
  it("stamps a workbook with no errors into a copy, every other part byte for byte", async () => {
    const result = await run("stamp", clean, "-o", stamped);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("검증 도장을 기록했습니다");
    const before = await JSZip.loadAsync(await readFile(clean));
    const after = await JSZip.loadAsync(await readFile(stamped));
    const changed = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"];
    for (const name of Object.keys(before.files).filter((n) => !changed.includes(n))) {
      expect([name, await after.file(name)!.async("base64")]).toEqual([name, await before.file(name)!.async("base64")]);
    }
    const added = Object.keys(after.files).filter((n) => !(n in before.files));
    expect(added.sort()).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
    const record = await readRecordFromXlsx(await readFile(stamped));
    expect(record.stamp).toMatchObject({ version: "0.1.0", asOf: "2018-09-30", counts: { error: 0, accepted: 0 } });
    expect(record.stamp!.ranges.map((r) => r.name)).toEqual(expect.arrayContaining(["Budget"]));
  });

  it("verifies the stamped copy: data unchanged", async () => {
    const result = await run("verify", stamped);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/검증 이후 데이터가 바뀌지 않았습니다/);
    const json = JSON.parse((await run("verify", stamped, "--json")).stdout);
    expect(json).toMatchObject({ unchanged: true, changed: [], added: [], removed: [] });
  });

  it("fails verify, naming the range, when one cell of it was edited", async () => {
    const edited = join(dir, "edited.xlsx");
    const planted = await plantedXlsx((f) => patchCell(f, budget, "B4", { result: BUDGET_TOTAL + 1 }));
    await writeFile(edited, await withRecordOf(await readFile(stamped), planted));
    const result = await run("verify", edited, "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("data changed since");
    expect(result.stdout.split("\n").slice(1)).toEqual([`  changed: Budget (${budget})`]);
  });

  it("passes verify after a re-save with no edit: spliced again, or read and written by ExcelJS", async () => {
    const again = join(dir, "again.xlsx");
    const data = await readFile(stamped);
    await writeFile(again, await writeRecordIntoXlsx(data, await readRecordFromXlsx(data)));
    expect((await run("verify", again)).code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    const resaved = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await fingerprintOf(resaved)).toEqual(await fingerprintOf(data));
    const viaExcelJs = join(dir, "exceljs.xlsx");
    // ExcelJS drops custom XML parts it does not know; the data it writes must still match the stamp.
    await writeFile(viaExcelJs, await withRecordOf(data, resaved));
    expect((await run("verify", viaExcelJs)).code).toBe(0);
  });

  it("exits 2 when the workbook has no stamp or cannot be read", async () => {
    expect(await run("verify", clean)).toMatchObject({ code: 2, stderr: expect.stringContaining("검증 도장이 없습니다") });
    const junk = join(dir, "junk.xlsx");
    await writeFile(junk, "not a workbook");
    expect((await run("verify", junk)).code).toBe(2);
  });

  it("refuses to stamp a workbook with errors: exit 1 and no file", async () => {
    const bad = join(dir, "bad.xlsx");
    await writeFile(bad, await plantedXlsx((f) => patchCell(f, budget, "B4", { result: BUDGET_TOTAL + 90 })));
    const out = join(dir, "bad-stamped.xlsx");
    const result = await run("stamp", bad, "-o", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("검증 도장을 기록하지 않았습니다");
    expect(existsSync(out)).toBe(false);
  });
});

describe("budget-check accept", () => {
  let bad: string;
  let accepted: string;
  beforeAll(async () => {
    bad = join(dir, "defect.xlsx");
    accepted = join(dir, "accepted.xlsx");
    await writeFile(bad, await plantedXlsx((f) => patchCell(f, budget, "B4", { result: BUDGET_TOTAL + 90 })));
  });

  it("records an acceptance; the finding then no longer counts as an error", async () => {
    const result = await run("accept", bad, "--rule", "budget/total-mismatch", "--cell", `${budget}!B4`, "--reason", "예산과 승인 (2018-10-01)", "--by", "김주무관", "-o", accepted);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const data = await readFile(accepted);
    const split = applyRecord(await checkXlsx(data), await readRecordFromXlsx(data));
    expect(errorsOf(split.open)).toEqual([]);
    expect(split.accepted.map((a) => [a.finding.rule, a.finding.cell, a.acceptance.reason, a.acceptance.by])).toEqual([
      ["budget/total-mismatch", "B4", "예산과 승인 (2018-10-01)", "김주무관"],
    ]);
  });

  it("lets a workbook with only accepted errors be stamped, counting them apart", async () => {
    const out = join(dir, "accepted-stamped.xlsx");
    expect((await run("stamp", accepted, "-o", out)).code).toBe(0);
    expect((await readRecordFromXlsx(await readFile(out))).stamp!.counts).toMatchObject({ error: 0, accepted: 1 });
  });

  it("lapses by itself when the numbers behind the finding change", async () => {
    const changed = await plantedXlsx((f) => patchCell(f, budget, "B4", { result: BUDGET_TOTAL + 91 }));
    const data = await withRecordOf(await readFile(accepted), changed);
    const split = applyRecord(await checkXlsx(data), await readRecordFromXlsx(data));
    expect(errorsOf(split.open).map((f) => f.cell)).toEqual(["B4"]);
    expect(split.accepted).toEqual([]);
    expect(split.lapsed).toHaveLength(1);
  });

  it("refuses a finding that is not there, saying what is", async () => {
    const result = await run("accept", bad, "--rule", "budget/rate-mismatch", "--cell", `${budget}!B4`, "--reason", "x", "-o", join(dir, "x.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("budget/total-mismatch");
  });

  it("asks for a reason", async () => {
    const result = await run("accept", bad, "--rule", "budget/total-mismatch", "--cell", `${budget}!B4`, "-o", join(dir, "y.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--reason");
  });
});
