/**
 * The add-in on the fake Excel host, in a process of its own (`node --import tsx scripts/bench/addin-run.ts FILE`):
 * the workbook loaded into the fake host (src/fake-excel); Validate's reads and the summary's writes on their own
 * (checkWorkbook over the Office.js adapter, writeSummaryBook), then the pane's two buttons as the task pane runs
 * them (createOfficeHost), with Office's requirement-set answers taken from the fake host. Prints one JSON line:
 * round trips (`context.sync()`) and the largest request and response of each.
 */
import { readFileSync } from "node:fs";
import type { SyncPayload } from "../../src/fake-excel";
import { createFakeExcel, fakeWorkbookFromXlsx } from "../../src/fake-excel";
import { defaultOptions } from "../../src/core/options";
import { buildSummary } from "../../src/core/summary/build-summary";
import { formatIsoDate } from "../../src/core/values/dates";
import type { PaneSettings } from "../../src/taskpane/host";
import { checkWorkbook } from "../../src/app/check-workbook";
import { createOfficeSource, writeSummaryBook } from "../../src/workbook/office";
import { BYTES_PER_CELL, planBlocks } from "../../src/workbook/office/blocks";
import { PAYLOAD_LIMIT } from "../../src/workbook/office/payload-limit";
import { timeLiveRecheck, type RecheckTiming } from "./live-recheck";
import { benchOfficeHost } from "./bench-host";
import { BENCH_AS_OF, INVENTORY_HEADER_ROW } from "./lots";
import { SAMPLE_SHEETS } from "../sample/seed-workbook";

export interface ActionRounds {
  readonly syncs: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  /** All request and response bytes together: what had to fit under the limit, round trip by round trip. */
  readonly totalRequest: number;
  readonly totalResponse: number;
}

export interface AddinResult {
  /** The reads Validate makes (outline, used areas, blocks of cells): checkWorkbook over the Office.js adapter. */
  readonly read: ActionRounds;
  /** The summary written (writeSummaryBook), for the same workbook. */
  readonly write: ActionRounds;
  /** Everything the pane's buttons do, reads and writes included. */
  readonly validate: ActionRounds;
  readonly generate: ActionRounds;
  readonly findings: number;
  /**
   * One lot's quantity edited in the middle of the register after the pane's Validate, made 0 then 1 again in
   * turn (a finding made, then fixed): its live re-check, the median of `RECHECK_RUNS` by the time after the host.
   */
  readonly recheck: RecheckTiming & { readonly runs: readonly number[] };
  /** The round trips the adapter plans for the cells themselves: its block groups under the payload limit. */
  readonly blockGroups: number;
}

/** Edits timed one after another; the first pays for what the process had not yet compiled. */
const RECHECK_RUNS = 7;

const SETTINGS: PaneSettings = {
  asOf: formatIsoDate(BENCH_AS_OF),
  dueWithinMonths: 12,
  lang: "ko",
  tolerance: 0.5,
};

function rounds(payloads: readonly SyncPayload[]): ActionRounds {
  return {
    syncs: payloads.length,
    largestRequest: Math.max(0, ...payloads.map((p) => p.request)),
    largestResponse: Math.max(0, ...payloads.map((p) => p.response)),
    totalRequest: payloads.reduce((sum, p) => sum + p.request, 0),
    totalResponse: payloads.reduce((sum, p) => sum + p.response, 0),
  };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const fake = createFakeExcel(await fakeWorkbookFromXlsx(readFileSync(file), file));
  const host = benchOfficeHost(fake, file);

  const measure = async <T>(action: () => Promise<T>): Promise<[T, ActionRounds]> => {
    const before = fake.payloads.length;
    const value = await action();
    return [value, rounds(fake.payloads.slice(before))];
  };
  const supports = (version: string) => fake.isSetSupported("ExcelApi", version);
  const options = defaultOptions(BENCH_AS_OF, { asOf: BENCH_AS_OF });
  const [check, read] = await measure(() => checkWorkbook(createOfficeSource(fake.run, { supports }), options));
  if (check.kind !== "checked") throw new Error("the workbook holds none of our names");
  const book = buildSummary({ ...check, dueWithinMonths: 12, lang: "ko", fileName: "bench.xlsx", generatedAt: "2018-09-30 12:00" });
  const [, write] = await measure(() => writeSummaryBook(fake.run, book, { supports }));
  const [shown, validate] = await measure(() => host.validate(SETTINGS, "ko"));
  // The lot halfway down the register; its quantity (column D) made 0, which is a finding of its own.
  const register = check.subjects.find((subject) => subject.kind === "inventory");
  const lot = INVENTORY_HEADER_ROW + 2 + Math.floor((register?.grid?.values.length ?? 0) / 2);
  const timings: RecheckTiming[] = [];
  let onScreen = shown;
  for (let run = 0; run < RECHECK_RUNS; run++) {
    const edit = { sheet: SAMPLE_SHEETS.inventory, address: `D${lot}`, value: run % 2 === 0 ? 0 : 1 };
    const { timing, shown: next } = await timeLiveRecheck(fake, host, onScreen, SETTINGS, edit);
    timings.push(timing);
    onScreen = next;
  }
  const byTime = [...timings].sort((a, b) => a.afterHostMs - b.afterHostMs);
  const recheck = { ...byTime[Math.floor(byTime.length / 2)], runs: timings.map((t) => Math.round(t.afterHostMs)) };
  const [generated, generate] = await measure(() => host.generateSummary(SETTINGS, "ko"));
  if (generated.kind !== "written") throw new Error(`Generate summary answered ${generated.kind}`);
  // The adapter's own plan for these grids: what the reads past the outline and the used areas are for.
  const areas = check.subjects.flatMap((s) => ("grid" in s && s.grid ? [s.grid] : [])).map((g) => ({ sheet: g.sheet, top: g.top, left: g.left, rows: g.values.length, cols: g.values[0]?.length ?? 0 }));
  const blockGroups = planBlocks(areas, Math.floor(PAYLOAD_LIMIT / BYTES_PER_CELL)).length;
  const result: AddinResult = { read, write, validate, generate, findings: check.findings.length, recheck, blockGroups };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
