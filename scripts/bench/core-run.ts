/**
 * The core alone, in a process of its own (`node --expose-gc --import tsx scripts/bench/core-run.ts ROWS RUNS`):
 * the sample's tables as the .xlsx adapter reads them, with `ROWS` generated lots as the inventory grid, parsed
 * and checked (`subjectsOf` + `validateSubjects`, what the shells call after reading), then the summary model
 * built (`buildSummary`), and the register found again as if it had no name (`detectTables`: its header found by
 * its words, its extent, its parse). Then one more run, timed part by part: parsing the tables, and each rule. Prints one
 * JSON line: wall and CPU milliseconds of every run, the parts, findings, heap.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { detectTables } from "../../src/core/detect/detect-tables";
import type { Grid } from "../../src/core/grid";
import { planReads } from "../../src/core/names/plan";
import { defaultOptions } from "../../src/core/options";
import { buildSummary } from "../../src/core/summary/build-summary";
import type { Rule } from "../../src/core/rule";
import { RULES } from "../../src/core/rules";
import { subjectsOf, validateSubjects } from "../../src/core/validate";
import { openXlsxBuffer } from "../../src/workbook/xlsx";
import { fixtureToXlsx } from "../sample/workbook-fixture";
import { BENCH_AS_OF, inventoryGrid } from "./lots";
import { benchFixture } from "./workbook";

export interface CoreResult {
  readonly rows: number;
  readonly findings: number;
  readonly validateMs: number[];
  readonly validateCpuMs: number[];
  /** Of each check's wall time, what garbage collection took (the `gc` performance entries within it). */
  readonly validateGcMs: number[];
  readonly summaryMs: number[];
  readonly summaryCpuMs: number[];
  /** Finding the register by its header words, as in a workbook without names (and parsing it). */
  readonly detectMs: number[];
  readonly heapUsedMb: number;
  /** Milliseconds of one run, part by part: "parse", then each rule that took a millisecond or more. */
  readonly parts: Record<string, number>;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Collects garbage between runs (the process runs with --expose-gc), so that no run pays for the one before. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 5);
  const source = await openXlsxBuffer(await fixtureToXlsx(benchFixture(0)), "bench.xlsx");
  const outline = await source.outline();
  const plan = planReads(outline.names, outline.sheets, outline.tables);
  const read = await source.readRanges(plan.reads.map(({ name, rect }) => ({ name, rect })));
  const lots = inventoryGrid(rows);
  const grids: Grid[] = read.map((grid) => (grid.name === "Inventory" ? lots : grid));
  const options = defaultOptions(BENCH_AS_OF, { asOf: BENCH_AS_OF });
  // The same lots on a sheet of their own, named nowhere.
  const register: Grid = { ...lots, name: lots.sheet };

  const result: CoreResult = { rows, findings: 0, validateMs: [], validateCpuMs: [], validateGcMs: [], summaryMs: [], summaryCpuMs: [], detectMs: [], heapUsedMb: 0, parts: {} };
  const gcs: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
  observer.observe({ entryTypes: ["gc"] });
  for (let run = 0; run < runs; run++) {
    collect();
    let wall = performance.now();
    let cpu = cpuMs();
    const validation = validateSubjects(subjectsOf(plan, grids), options);
    const end = performance.now();
    result.validateMs.push(end - wall);
    result.validateCpuMs.push(cpuMs() - cpu);
    // The entries are delivered after the synchronous check, a few turns of the event loop later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    result.validateGcMs.push(gcs.filter((g) => g.start >= wall && g.start < end).reduce((sum, g) => sum + g.duration, 0));
    wall = performance.now();
    cpu = cpuMs();
    buildSummary({ ...validation, dueWithinMonths: options.dueWithinMonths, lang: "ko", fileName: "bench.xlsx", generatedAt: "2018-09-30 09:00" });
    result.summaryMs.push(performance.now() - wall);
    result.summaryCpuMs.push(cpuMs() - cpu);
    wall = performance.now();
    detectTables([register], ["inventory"], []);
    result.detectMs.push(performance.now() - wall);
    Object.assign(result, { findings: validation.findings.length, heapUsedMb: process.memoryUsage().heapUsed / 1024 ** 2 });
  }
  observer.disconnect();
  collect();
  const start = performance.now();
  const subjects = subjectsOf(plan, grids);
  result.parts.parse = performance.now() - start;
  const timed = RULES.map((rule): Rule => ({
    ...rule,
    check(subject, context) {
      const t = performance.now();
      rule.check(subject, context);
      result.parts[rule.id] = (result.parts[rule.id] ?? 0) + performance.now() - t;
    },
  }));
  validateSubjects(subjects, options, timed);
  for (const [part, ms] of Object.entries(result.parts)) if (ms < 1) delete result.parts[part];
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
