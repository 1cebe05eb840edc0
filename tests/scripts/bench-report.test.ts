/**
 * The benchmark's report judges its targets from the figures it is given: the judging is tested here on made-up
 * figures, the measuring by running `npm run bench` (docs/performance.md).
 */
import type { AddinResult } from "../../scripts/bench/addin-run";
import type { CoreResult } from "../../scripts/bench/core-run";
import type { Run } from "../../scripts/bench/measure";
import { renderReport, type BenchResults, type CliCommand, type SizeResult } from "../../scripts/bench/report";

const run = (ms: number, rssMb: number): Run => ({ ms, rssMb, exitCode: 0 });
const core = (rows: number, ms: number): CoreResult => ({
  rows,
  findings: Math.round(rows * 0.3),
  validateMs: [ms],
  detectMs: [ms / 4],
  validateCpuMs: [ms],
  validateGcMs: [ms / 4],
  summaryMs: [ms],
  summaryCpuMs: [ms],
  heapUsedMb: 10,
  parts: { parse: ms / 2, "inventory/overdue": ms / 2 },
});
const rounds = (syncs: number, request: number, response: number) => ({
  syncs,
  largestRequest: request,
  largestResponse: response,
  totalRequest: request * syncs,
  totalResponse: response * syncs,
});
const addin = (readSyncs: number, blockGroups: number, writeSyncs: number): AddinResult => ({
  read: rounds(readSyncs, 2_000, 4_000_000),
  write: rounds(writeSyncs, 3_000_000, 500),
  validate: rounds(readSyncs + 1, 2_000, 4_000_000),
  generate: rounds(readSyncs + writeSyncs + 1, 3_000_000, 4_000_000),
  findings: 10,
  recheck: { syncs: 3, totalMs: 900, hostMs: 850, afterHostMs: 50, responseBytes: 2_300, findings: 10, runs: [60, 50, 40] },
  blockGroups,
});
const size = (rows: number, result: AddinResult | string, validateMs = 900): SizeResult => ({
  rows,
  fileBytes: rows * 50,
  core: { tsx: core(rows, rows / 1000), bundled: core(rows, rows / 1000) },
  cli: {
    load: [run(1000, 100)],
    stream: [run(900, 90)],
    json: [run(validateMs, 80)],
    text: [run(validateMs, 80)],
    manyJson: [run(validateMs, 100)],
    manyText: [run(validateMs * 1.1, 100)],
    report: [run(1500, 120)],
    tsx: [run(validateMs * 1.2, 90)],
  } as Record<CliCommand, Run[]>,
  manyFindings: Math.round(rows * 0.58),
  addin: result,
});

function results(sizes: SizeResult[], millionMs: number): BenchResults {
  return {
    machine: { cores: 2, cpuModel: "test", memoryGb: 8, node: "v20", platform: "linux x64", date: "2026-11-25T00:00:00Z", loadStart: 0, loadEnd: 0, yardstickMs: 300 },
    runs: 1,
    startup: { node: [run(100, 40)], bundled: [run(200, 50)], tsx: [run(400, 60)] },
    sizes,
    million: { tsx: core(1_000_000, millionMs), bundled: core(1_000_000, millionMs) },
    bundle: { files: [{ name: "taskpane.js", bytes: 500_000, gzipBytes: 160_000 }], bytes: 500_000, gzipBytes: 160_000 },
    built: true,
    firstRender: { browserColdMs: 80, firstMs: 600, reloadMs: [300, 280, 290], medianReloadMs: 290 },
  };
}

/** The verdict column of the targets table, by the start of each target's text. */
function verdicts(report: string): Record<string, string> {
  const table = report.slice(report.indexOf("## Targets"), report.indexOf("## The core alone"));
  return Object.fromEntries(
    [...table.matchAll(/^\| ([^|]+?) \| [^|]+ \| ([^|]+) \|$/gm)].filter(([, target]) => target !== "target").map(([, target, verdict]) => [target.slice(0, 20), verdict.trim()]),
  );
}

describe("the benchmark's targets", () => {
  it("are met when only block reads grow with the rows, the writes fit in 3, and every floor holds", () => {
    const report = renderReport(results([size(1_000, addin(3, 1, 3)), size(100_000, addin(12, 10, 3), 1_100)], 600));
    expect(Object.values(verdicts(report))).toEqual(["met", "met", "met", "met", "met", "met", "met", "met", "met", "met", "met"]);
  });

  it("judge the live re-check by the time after the host answered, at the largest register", () => {
    const slow = addin(12, 10, 3);
    const report = renderReport(results([size(1_000, addin(3, 1, 3)), size(100_000, { ...slow, recheck: { ...slow.recheck, afterHostMs: 180 } })], 600));
    expect(verdicts(report)["Live re-check of an "]).toBe("**not met**");
    expect(report).toContain("1,000: 50 ms, 100,000: 180 ms after the host answered");
  });

  it("are not met, and say so, when other round trips grow, the writes take more, or the core or the CLI is slow", () => {
    const report = renderReport(results([size(1_000, addin(3, 1, 3)), size(100_000, addin(13, 10, 8), 1_300)], 2_500));
    const verdict = verdicts(report);
    expect(verdict["Validate: the same r"]).toBe("**not met**");
    expect(verdict["Generate: at most 4 "]).toBe("**not met**");
    expect(verdict["Core: 1,000,000 lots"]).toBe("**not met**");
    expect(verdict["CLI `validate`, 100,"]).toBe("**not met**");
    expect(report).toContain("| `inventory/overdue` | 1.25 s | 50 % |");
  });

  it("are not met when the CLI's JSON takes memory, its text takes time, or it starts as slowly as tsx", () => {
    const big = size(100_000, addin(12, 10, 3), 1_100);
    big.cli.manyJson = [run(1_100, 120)];
    big.cli.manyText = [run(1_400, 100)];
    const slow = results([size(1_000, addin(3, 1, 3)), big], 600);
    const report = renderReport({ ...slow, startup: { ...slow.startup, bundled: [run(450, 50)] } });
    const verdict = verdicts(report);
    expect(verdict["CLI `validate --json"]).toBe("**not met**");
    expect(report).toContain("120 MB against 90 MB: 1.33×");
    expect(verdict["CLI text output with"]).toBe("**not met**");
    expect(report).toContain("text 1.40 s, JSON 1.10 s: 1.27×");
    expect(verdict["`budget-check help` "]).toBe("**not met**");
  });

  it("report an add-in run that failed as a target not met, with what stopped it", () => {
    const report = renderReport(results([size(1_000, addin(3, 1, 3)), size(100_000, "RangeError: Maximum call stack size exceeded")], 600));
    expect(verdicts(report)["The add-in's Validat"]).toBe("**not met**");
    expect(report).toContain("100,000 lots: RangeError: Maximum call stack size exceeded");
  });
});
