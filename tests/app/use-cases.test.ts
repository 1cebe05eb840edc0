import { patchCell } from "../../scripts/sample/workbook-fixture";
import { accept } from "../../src/app/accept";
import type { Clock } from "../../src/app/clock";
import { checkDivision } from "../../src/app/division";
import { generateSummary } from "../../src/app/generate-summary";
import { stamp } from "../../src/app/stamp";
import { validate } from "../../src/app/validate";
import { verify } from "../../src/app/verify";
import { openXlsxWorkbook, type XlsxWorkbook } from "../../src/workbook/xlsx";
import { cleanXlsx, plantedXlsx, SAMPLE_SHEETS, SEED_NOW } from "../helpers/sample";

const KO = { lang: "ko" } as const;
const BUDGET_TOTAL = 4_165_473;

/** A clock that counts how often it is read. */
function countingClock(at = SEED_NOW): Clock & { readings: number } {
  const clock = Object.assign(() => {
    clock.readings += 1;
    return at;
  }, { readings: 0 });
  return clock;
}

const open = async (xlsx: Promise<Buffer>): Promise<XlsxWorkbook> => openXlsxWorkbook(await xlsx, "sample.xlsx");
const defect = () => plantedXlsx((f) => patchCell(f, SAMPLE_SHEETS.budget, "B4", { result: BUDGET_TOTAL + 90 }));
const unnamed = () => plantedXlsx((f) => void (f.names.length = 0));

describe("the use cases over the .xlsx adapter", () => {
  it("validate: checks, sets accepted findings apart, writes nothing, and reads the clock once", async () => {
    const workbook = await open(cleanXlsx());
    const clock = countingClock();
    const result = await validate(workbook, clock, KO);
    if (result.kind !== "checked") throw new Error("nothing checked");
    expect(result.asOf).toBe("2018-09-30");
    expect(result.split.open).toHaveLength(result.check.findings.length);
    expect(workbook.bytes()).toBe(await cleanXlsx());
    expect(clock.readings).toBe(1);
  });

  // Detection would find the sample's tables by their headers; with it off, the strict contract holds.
  it("every use case answers no-names, writing nothing, for a workbook without our names and detection off", async () => {
    const clock = countingClock();
    const workbook = await open(unnamed());
    const bytes = workbook.bytes();
    const strict = { ...KO, detect: false };
    for (const result of [
      await validate(workbook, clock, strict),
      await stamp(workbook, clock, strict),
      await generateSummary(workbook, clock, { ...strict, fileName: "x.xlsx" }),
      await verify(workbook, clock, strict),
      await accept(workbook, clock, strict, { rule: "budget/total-mismatch", sheet: "예산", cell: "B4", reason: "r" }),
    ]) {
      expect(result.kind).toBe("no-names");
    }
    expect(workbook.bytes()).toBe(bytes);
    expect(clock.readings).toBe(5);
  });

  it("stamp: a clean validation is stamped at the clock's instant; the same validation again keeps that stamp", async () => {
    const workbook = await open(cleanXlsx());
    const first = await stamp(workbook, countingClock(), KO);
    if (first.kind !== "checked") throw new Error("nothing checked");
    expect(first.settlement).toMatchObject({ kind: "new", stamp: { when: SEED_NOW.toISOString(), asOf: "2018-09-30" }, comparison: { unchanged: true } });
    expect((await workbook.readRecord()).stamp).toEqual(first.settlement.stamp);

    const stamped = workbook.bytes();
    const later = new Date(SEED_NOW.getTime() + 3_600_000);
    const again = openXlsxWorkbook(stamped, "stamped.xlsx");
    const second = await stamp(again, countingClock(later), KO);
    if (second.kind !== "checked") throw new Error("nothing checked");
    expect(second.settlement).toMatchObject({ kind: "kept", stamp: { when: SEED_NOW.toISOString() } });
    expect(again.bytes()).toBe(stamped);
  });

  it("stamp: refuses while an open error remains, and writes nothing", async () => {
    const workbook = await open(defect());
    const bytes = workbook.bytes();
    const result = await stamp(workbook, countingClock(), KO);
    expect(result).toMatchObject({ kind: "checked", settlement: { kind: "refused", stamp: null, comparison: null } });
    expect(workbook.bytes()).toBe(bytes);
  });

  it("verify: no stamp, then unchanged after a stamp", async () => {
    const workbook = await open(cleanXlsx());
    expect(await verify(workbook, countingClock(), KO)).toEqual({ kind: "no-stamp" });
    await stamp(workbook, countingClock(), KO);
    const verified = await verify(openXlsxWorkbook(workbook.bytes(), "stamped.xlsx"), countingClock(), KO);
    expect(verified).toMatchObject({ kind: "verified", stamp: { when: SEED_NOW.toISOString() }, comparison: { unchanged: true } });
  });

  it("accept: names the findings there when the rule found none, else records the acceptance at the clock's instant", async () => {
    const workbook = await open(defect());
    const at = { sheet: SAMPLE_SHEETS.budget, cell: "B4", reason: "예산과 승인" };
    const missing = await accept(workbook, countingClock(), KO, { ...at, rule: "budget/rate-mismatch" });
    expect(missing.kind === "no-such-finding" && missing.here.map((f) => f.rule)).toEqual(["budget/total-mismatch"]);

    const clock = countingClock();
    const accepted = await accept(workbook, clock, KO, { ...at, rule: "budget/total-mismatch", by: "김주무관" });
    expect(accepted).toMatchObject({ kind: "accepted", acceptance: { rule: "budget/total-mismatch", cell: "B4", by: "김주무관", when: SEED_NOW.toISOString() } });
    expect(clock.readings).toBe(1);
    const after = await validate(workbook, countingClock(), KO);
    expect(after.kind === "checked" && after.split.accepted.map((a) => a.acceptance.reason)).toEqual(["예산과 승인"]);
  });

  it("generateSummary: writes the summary dated by one reading of the clock, with today's data against the stamp", async () => {
    const workbook = await open(cleanXlsx());
    const clock = countingClock();
    const result = await generateSummary(workbook, clock, { ...KO, fileName: "sample.xlsx" });
    if (result.kind !== "checked") throw new Error("nothing checked");
    expect(clock.readings).toBe(1);
    expect(result.written).toMatchObject({ sheetNames: { summary: "요약" }, renamedBecauseTaken: [] });
    expect(JSON.stringify(result.book.sheets[0])).toContain("2018-09-30 09:00");
    expect(result.comparison).toBeNull();
    expect(workbook.bytes()).not.toBe(await cleanXlsx());

    await stamp(workbook, countingClock(), KO);
    const stamped = await generateSummary(workbook, countingClock(), { ...KO, fileName: "sample.xlsx" });
    expect(stamped.kind === "checked" && stamped.comparison?.unchanged).toBe(true);
  });

  it("checkDivision: a division's figures when asked; a consolidated summary of ours is no division", async () => {
    const division = await checkDivision(await open(cleanXlsx()), countingClock(), KO, true);
    expect(division.kind === "checked" && division.figures?.budget?.budget).toBeGreaterThan(0);
    const plain = await checkDivision(await open(cleanXlsx()), countingClock(), KO, false);
    expect(plain.kind === "checked" && plain.figures).toBeNull();
  });
});
