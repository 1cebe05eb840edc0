/**
 * The pane's paced runs (RunOptions.pace) against the command line's straight ones, on the sample: the same
 * findings in the same order, the same stamp hash for hash, the same summary; and the pauses report progress.
 */
import { generateSummary } from "../../src/app/generate-summary";
import { createPace, type PaceTimer } from "../../src/app/pace";
import { stamp } from "../../src/app/stamp";
import type { Progress } from "../../src/core/progress";
import { PIECE_ROWS } from "../../src/core/pieces";
import { openXlsxWorkbook } from "../../src/workbook/xlsx";
import { cleanXlsx, SEED_NOW, withLots } from "../helpers/sample";

const KO = { lang: "ko" } as const;
const clock = () => SEED_NOW;

/** A pace that yields at every pause (its clock moves 100 ms a reading), keeping what it reports. */
function everyPause(): { pace: ReturnType<typeof createPace>; heard: Progress[] } {
  let at = 0;
  const timer: PaceTimer = { now: () => (at += 100), yieldThread: () => new Promise((resolve) => setImmediate(resolve)) };
  const heard: Progress[] = [];
  return { pace: createPace((p) => heard.push(p), timer), heard };
}

describe("paced use cases", () => {
  it("stamp: the same findings and the same stamp, with progress by table and by rows", async () => {
    const xlsx = await withLots(2_000);
    const plain = await stamp(await openXlsxWorkbook(xlsx, "lots.xlsx"), clock, KO);
    const { pace, heard } = everyPause();
    const paced = await stamp(await openXlsxWorkbook(xlsx, "lots.xlsx"), clock, { ...KO, pace });
    if (plain.kind !== "checked" || paced.kind !== "checked") throw new Error("nothing checked");
    expect(paced.check.findings).toEqual(plain.check.findings);
    expect(paced.settlement).toEqual(plain.settlement);
    expect(paced.settlement.kind).toBe("new");

    const checks = heard.flatMap((p) => (p.step === "check" ? [p] : []));
    expect(checks.length).toBeGreaterThan(paced.check.subjects.length);
    const total = checks[0].totalRows;
    expect(total).toBeGreaterThan(2_000);
    expect(checks.map((p) => p.rows)).toEqual([...checks.map((p) => p.rows)].sort((a, b) => a - b));
    // Within a table (the register), the count moves as its rules run, not only once it is done.
    const countsByTable = new Map<number, Set<number>>();
    for (const p of checks) countsByTable.set(p.table, (countsByTable.get(p.table) ?? new Set()).add(p.rows));
    expect(Math.max(...[...countsByTable.values()].map((counts) => counts.size))).toBeGreaterThan(2);
    expect(checks.at(-1)).toEqual({ step: "check", table: checks[0].tables, tables: checks[0].tables, rows: total, totalRows: total });
    expect(heard.some((p) => p.step === "fingerprint")).toBe(true);
  });

  it("generate summary: the same summary, building it and writing it each after a pause", async () => {
    const options = { ...KO, fileName: "sample.xlsx" };
    const plainBook = await openXlsxWorkbook(await cleanXlsx(), "sample.xlsx");
    const plain = await generateSummary(plainBook, clock, options);
    const { pace, heard } = everyPause();
    const pacedBook = await openXlsxWorkbook(await cleanXlsx(), "sample.xlsx");
    const paced = await generateSummary(pacedBook, clock, { ...options, pace });
    if (plain.kind !== "checked" || paced.kind !== "checked") throw new Error("nothing checked");
    expect(paced.book).toEqual(plain.book);
    expect(heard.map((p) => p.step).slice(-2)).toEqual(["summary", "write"]);
  });

  it("generate summary of a long register: the same book, pausing within the lot list and the findings sheet", async () => {
    const xlsx = await withLots(6_000);
    const options = { ...KO, fileName: "lots.xlsx" };
    const plain = await generateSummary(await openXlsxWorkbook(xlsx, "lots.xlsx"), clock, options);
    const { pace, heard } = everyPause();
    const paced = await generateSummary(await openXlsxWorkbook(xlsx, "lots.xlsx"), clock, { ...options, pace });
    if (plain.kind !== "checked" || paced.kind !== "checked") throw new Error("nothing checked");
    expect(paced.book).toEqual(plain.book);

    const roles = plain.book.sheets.map((sheet) => sheet.role);
    expect(roles).toEqual(["summary", "replacementPlan", "findings"]);
    // Against the sample's summary (the same sections, a short findings sheet): a pause before each further list
    // sheet, and within each one every PIECE_ROWS rows.
    const listRows = plain.book.sheets.slice(1).map((sheet) => new Set(sheet.cells.map((cell) => cell.row)).size);
    const withinLists = listRows.reduce((sum, rows) => sum + Math.floor(rows / PIECE_ROWS), 0);
    expect(withinLists).toBeGreaterThanOrEqual(2);
    const sample = everyPause();
    const small = await generateSummary(await openXlsxWorkbook(await cleanXlsx(), "sample.xlsx"), clock, { ...options, pace: sample.pace });
    if (small.kind !== "checked") throw new Error("nothing checked");
    const summaryPauses = (progress: Progress[]) => progress.filter((p) => p.step === "summary").length;
    expect(summaryPauses(heard) - summaryPauses(sample.heard)).toBeGreaterThanOrEqual(
      plain.book.sheets.length - small.book.sheets.length + withinLists,
    );
    // Three summaries, one of a 6,000-lot register twice: over jest's 5 s on a machine shared with other jobs.
  }, 30_000);
});
