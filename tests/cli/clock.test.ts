import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { readRecordFromXlsx } from "../../src/workbook/xlsx";
import { run } from "../helpers/cli";
import { cleanXlsx, plantedXlsx, SAMPLE_SHEETS, SEED_NOW } from "../helpers/sample";

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), "budget-check-clock-"))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the command line's time comes from the clock it is given", () => {
  it("stamp and accept record its instant", async () => {
    const [clean, stamped, defect, accepted] = ["clean", "stamped", "defect", "accepted"].map((n) => join(dir, `${n}.xlsx`));
    await writeFile(clean, await cleanXlsx());
    expect((await run("stamp", clean, "-o", stamped)).stdout.join("\n")).toContain(SEED_NOW.toISOString());
    expect((await readRecordFromXlsx(await readFile(stamped))).stamp?.when).toBe(SEED_NOW.toISOString());

    await writeFile(defect, await plantedXlsx((f) => patchCell(f, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + 90 })));
    const where = `${SAMPLE_SHEETS.budget}!B4`;
    expect((await run("accept", defect, "--rule", "budget/total-mismatch", "--cell", where, "--reason", "승인", "-o", accepted)).code).toBe(0);
    expect((await readRecordFromXlsx(await readFile(accepted))).accepted.map((a) => a.when)).toEqual([SEED_NOW.toISOString()]);
  });

  it("report dates the summary with its local time", async () => {
    const [input, output] = [join(dir, "input.xlsx"), join(dir, "summary.xlsx")];
    await writeFile(input, await cleanXlsx());
    expect((await run("report", input, "-o", output)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(output)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.getWorksheet("요약")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.some((t) => t.includes("2018-09-30 09:00"))).toBe(true);
  });
});
