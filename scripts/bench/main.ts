/**
 * `npm run bench`: the benchmark of docs/performance.md. For each size (inventory lots, plus the sample's budget,
 * staff and other tables) it writes a workbook to out/bench/ and measures
 *   - the core alone (parse + check, then the summary model) on in-memory grids, and on 1,000,000 lots, both
 *     through tsx (as the CLI runs without its bundle) and bundled by esbuild (as the CLI's and the pane's builds run it);
 *   - `budget-check validate` (its JSON and its text, on the register as it is and on one with about twice the
 *     findings) and `report` as child processes, next to ExcelJS reading the same file, in the same run, runs
 *     interleaved so that a busy moment of the machine falls on all of them alike;
 *   - the add-in on the fake Excel host: round trips and payloads of Validate and Generate summary;
 *   - the pane's first render in Chromium, by running the e2e harness's test of it;
 * then the task pane's production bundle. It prints a table per size and writes docs/performance.md.
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--core-rows 1000000] [--no-build] [--out FILE]
 *
 * `--core-rows 0` skips the core's million-row run; `--no-build` measures dist/ as it is instead of building it;
 * `--from out/bench/results.json` renders the last run's figures again, measuring nothing.
 *
 *   npm run bench -- hostile [--out FILE]
 *
 * measures the hostile corpus instead (hostile-run.ts), into the page's "Hostile inputs" section, which the
 * other runs keep as they found it.
 *
 *   npm run bench -- pane [--sizes sample,1000,10000,100000] [--from out/bench/pane-results.json]
 *
 * measures the task pane in Chromium instead (pane-run.ts), and the same workbooks in Node piece by piece
 * (pieces-run.ts), into the page's section of its own, kept likewise.
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { AddinResult } from "./addin-run";
import { measureBundle } from "./bundle";
import type { CoreResult } from "./core-run";
import { describeMachine } from "./machine";
import { findHostileSection, withHostileSection } from "./hostile-report";
import type { PaneResults } from "./pane-figures";
import { consolePane, findPaneSection, paneSection, withPaneSection } from "./pane-report";
import { paneBench } from "./pane-run";
import { hostileBench } from "./hostile-run";
import { ROOT, runJson, runNode, type Run } from "./measure";
import { consoleMillion, consoleTable, renderReport, type BenchResults, type CliCommand, type FirstRender, type SizeResult } from "./report";
import { writeBenchWorkbook } from "./workbook";

const CLI = join(ROOT, "bin/budget-check.js");
/** The CLI without its bundle, through tsx: what the bundle saves. */
const CLI_FROM_SOURCE = join(ROOT, "bin/run-from-source.js");
const EXCELJS_READ = join(__dirname, "exceljs-read.js");
const AS_OF = "2018-09-30";
/** A due-soon window of 34 months rather than 12: about twice the findings (57,342 at 100,000 lots), all due-soon infos. */
const MANY_FINDINGS = ["--due-within", "34"];
/** Start-up is short and noisy: ten runs at least. */
const STARTUP_RUNS = 10;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: "string" },
      runs: { type: "string", default: "3" },
      "core-rows": { type: "string", default: "1000000" },
      build: { type: "boolean", default: true },
      "no-build": { type: "boolean", default: false },
      out: { type: "string", default: join(ROOT, "docs/performance.md") },
      "from": { type: "string" },
    },
  });
  const pane = positionals.includes("pane");
  const sizeList = (values.sizes ?? (pane ? "sample,1000,10000,100000" : "1000,10000,100000")).split(",");
  const paneSizes = sizeList.map((s) => (pane && s === "sample" ? ("sample" as const) : Number(s.replace(/_/g, ""))));
  if (paneSizes.some((n) => n !== "sample" && (!Number.isInteger(n) || n < 1)))
    throw new Error(`--sizes takes row counts such as 1000,10000${pane ? " (and sample)" : ""}: ${values.sizes}`);
  const sizes = paneSizes.filter((n): n is number => n !== "sample");
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number: ${values.runs}`);
  if (positionals.some((p) => p !== "hostile" && p !== "pane") || positionals.length > 1)
    throw new Error(`the benchmarks named by a word are "hostile" and "pane", one at a time: ${positionals.join(" ")}`);
  return {
    hostile: positionals.includes("hostile"),
    pane,
    paneSizes,
    sizes,
    runs,
    coreRows: Number(values["core-rows"]),
    build: values.build && !values["no-build"],
    out: values.out,
    from: values.from,
  };
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/** The core both ways it runs: through tsx, as the CLI runs without its bundle, and bundled, as the builds run it. */
function core(rows: number, runs: number, bundled: string): { tsx: CoreResult; bundled: CoreResult } {
  say(`  core, ${rows.toLocaleString("en-US")} lots in memory`);
  const args = [String(rows), String(runs)];
  return {
    tsx: runJson<CoreResult>(join(__dirname, "core-run.ts"), args, ["--expose-gc"]),
    bundled: runJson<CoreResult>(bundled, args, ["--expose-gc"]),
  };
}

/**
 * The CLI's own bundle (dist-cli/, as `npm ci` makes it), built afresh; and the core's benchmark bundled by esbuild
 * into out/bench/cli/, to measure the core as the task pane's build runs it.
 */
function buildBundles(): string {
  const built = spawnSync(process.execPath, [join(ROOT, "bin/cli-bundle.js")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("bin/cli-bundle.js failed");
  const core = join(ROOT, "out/bench/cli/core-run.js");
  const options = { bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "error" } as const;
  buildSync({ ...options, entryPoints: [join(__dirname, "core-run.ts")], outfile: core });
  return core;
}

/** The add-in's figures, or what stopped it: a failure there is a finding of the benchmark, not the end of it. */
function addinRun(file: string): AddinResult | string {
  try {
    return runJson<AddinResult>(join(__dirname, "addin-run.ts"), [file]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(`  the add-in failed: ${message.split("\n").slice(0, 2).join(" ")}`);
    return message.split("\n").find((line) => /Error/.test(line))?.trim() ?? message.slice(0, 200);
  }
}

/** The pane's first render as the e2e harness measures it in Chromium (tests/e2e), or why it could not be. */
function firstRender(): FirstRender | string {
  const measured = join(ROOT, "test-artifacts/e2e/first-render.json");
  rmSync(measured, { force: true });
  const result = spawnSync("npx", ["jest", "tests/e2e", "-t", "renders the pane"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) {
    const lines = result.stderr.toString().split("\n").filter((line) => line.trim() !== "");
    return `the e2e harness failed: ${lines.find((line) => /●|Error/.test(line))?.trim() ?? lines.slice(-1)[0] ?? "no output"}`;
  }
  return JSON.parse(readFileSync(measured, "utf8")) as FirstRender;
}

/** The commands of the CLI table, every run of each interleaved with the others'. */
function cliRuns(file: string, output: string, runs: number): Record<CliCommand, Run[]> {
  const validate = ["validate", file, "--as-of", AS_OF];
  const commands: Record<CliCommand, () => Run> = {
    load: () => runNode(EXCELJS_READ, [file, "load"]),
    stream: () => runNode(EXCELJS_READ, [file, "stream"]),
    json: () => runNode(CLI, [...validate, "--json"], { okCodes: [0, 1] }),
    text: () => runNode(CLI, validate, { okCodes: [0, 1] }),
    manyJson: () => runNode(CLI, [...validate, ...MANY_FINDINGS, "--json"], { okCodes: [0, 1] }),
    manyText: () => runNode(CLI, [...validate, ...MANY_FINDINGS], { okCodes: [0, 1] }),
    report: () => runNode(CLI, ["report", file, "-o", output, "--as-of", AS_OF], { okCodes: [0, 1] }),
    tsx: () => runNode(CLI_FROM_SOURCE, [...validate, "--json"], { okCodes: [0, 1] }),
  };
  const results = Object.fromEntries(Object.keys(commands).map((command) => [command, [] as Run[]])) as Record<CliCommand, Run[]>;
  for (let run = 0; run < runs; run++) {
    for (const command of Object.keys(commands) as CliCommand[]) {
      say(`  ${command}, run ${run + 1} of ${runs}`);
      results[command].push(commands[command]());
    }
  }
  return results;
}

/** How many findings the CLI reports with the wider due-soon window (exit code 1: some are errors). */
function manyFindings(file: string): number {
  const result = spawnSync(process.execPath, [CLI, "validate", file, "--as-of", AS_OF, ...MANY_FINDINGS, "--json"], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`validate --due-within 34 failed: ${result.stderr.toString().slice(0, 2000)}`);
  return (JSON.parse(result.stdout.toString()) as { findings: unknown[] }).findings.length;
}

/**
 * Prints the tables and writes the report, keeping the page's hostile-inputs section; the figures themselves go
 * beside the workbooks, to render again.
 */
function publish(all: BenchResults, out: string): void {
  for (const size of all.sizes) process.stdout.write(`${consoleTable(size)}\n\n`);
  if (all.million !== null) process.stdout.write(`${consoleMillion(all.million)}\n`);
  const old = existsSync(out) ? readFileSync(out, "utf8") : "";
  const hostile = findHostileSection(old);
  const pane = findPaneSection(old);
  let page = renderReport(all);
  if (pane !== null) page = withPaneSection(page, pane);
  if (hostile !== null) page = withHostileSection(page, hostile);
  writeFileSync(out, page);
  say(`wrote ${relative(process.cwd(), out)}`);
}

/** The pane's figures: printed, kept beside the workbooks (to render again with --from), and into the page's section. */
function publishPane(results: PaneResults, out: string): void {
  process.stdout.write(`${consolePane(results)}\n`);
  mkdirSync(join(ROOT, "out/bench"), { recursive: true });
  writeFileSync(join(ROOT, "out/bench/pane-results.json"), `${JSON.stringify(results)}\n`);
  writeFileSync(out, withPaneSection(existsSync(out) ? readFileSync(out, "utf8") : "", paneSection(results)));
  say(`wrote ${relative(process.cwd(), out)}`);
}

async function main(): Promise<void> {
  const { hostile, pane, paneSizes, sizes, runs, coreRows, build, out, from } = options();
  if (hostile) {
    await hostileBench(out);
    return;
  }
  if (pane) {
    publishPane(from === undefined ? await paneBench(paneSizes) : (JSON.parse(readFileSync(from, "utf8")) as PaneResults), out);
    return;
  }
  if (from !== undefined) {
    publish(JSON.parse(readFileSync(from, "utf8")) as BenchResults, out);
    return;
  }
  const machine = describeMachine();
  const folder = join(ROOT, "out/bench");
  mkdirSync(folder, { recursive: true });

  say("start-up");
  const coreBundle = buildBundles();
  const startup = { node: [] as Run[], bundled: [] as Run[], tsx: [] as Run[] };
  for (let run = 0; run < Math.max(runs, STARTUP_RUNS); run++) {
    startup.node.push(runNode("-e", ["0"]));
    startup.bundled.push(runNode(CLI, ["help"]));
    startup.tsx.push(runNode(CLI_FROM_SOURCE, ["help"]));
  }

  const results: SizeResult[] = [];
  for (const rows of sizes) {
    say(`${rows.toLocaleString("en-US")} lots`);
    const file = join(folder, `inventory-${rows}.xlsx`);
    const fileBytes = await writeBenchWorkbook(file, rows);
    const many = manyFindings(file);
    const coreResult = core(rows, Math.max(runs, 5), coreBundle);
    const cli = cliRuns(file, join(folder, `summary-${rows}.xlsx`), runs);
    say("  add-in on the fake host");
    const addin = addinRun(file);
    results.push({ rows, fileBytes, core: coreResult, cli, manyFindings: many, addin });
  }
  const million = coreRows > 0 ? core(coreRows, Math.max(3, Math.min(runs, 5)), coreBundle) : null;

  if (build) {
    say("npm run build");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const bundle = measureBundle(join(ROOT, "dist"));
  say("first render of the pane (tests/e2e in Chromium)");
  const render = firstRender();
  machine.loadEnd = loadavg()[0];

  const all: BenchResults = { machine, runs, startup, sizes: results, million, bundle, built: build, firstRender: render };
  writeFileSync(join(folder, "results.json"), `${JSON.stringify(all)}\n`);
  publish(all, out);
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
