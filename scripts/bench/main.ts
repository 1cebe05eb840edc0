/**
 * `npm run bench`: the benchmark of docs/performance.md. For each size (inventory lots, plus the sample's budget,
 * staff and other tables) it writes a workbook to out/bench/ and measures
 *   - the core alone (parse + check, then the summary model) on in-memory grids, and on 1,000,000 lots;
 *   - `budget-check validate` and `report` as child processes, next to ExcelJS reading the same file, in the
 *     same run, runs interleaved so that a busy moment of the machine falls on all of them alike;
 *   - the add-in on the fake Excel host: round trips and payloads of Validate and Generate summary;
 * then the task pane's production bundle. It prints a table per size and writes docs/performance.md.
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--core-rows 1000000] [--no-build] [--out FILE]
 *
 * `--core-rows 0` skips the core's million-row run; `--no-build` measures dist/ as it is instead of building it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { AddinResult } from "./addin-run";
import { measureBundle } from "./bundle";
import type { CoreResult } from "./core-run";
import { describeMachine } from "./machine";
import { ROOT, runNode, runTsxJson, type Run } from "./measure";
import { consoleTable, renderReport, type BenchResults, type CliCommand, type SizeResult } from "./report";
import { writeBenchWorkbook } from "./workbook";

const CLI = join(ROOT, "bin/budget-check.js");
const EXCELJS_READ = join(__dirname, "exceljs-read.js");
const AS_OF = "2018-09-30";

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      runs: { type: "string", default: "3" },
      "core-rows": { type: "string", default: "1000000" },
      build: { type: "boolean", default: true },
      "no-build": { type: "boolean", default: false },
      out: { type: "string", default: join(ROOT, "docs/performance.md") },
    },
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes row counts such as 1000,10000: ${values.sizes}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number: ${values.runs}`);
  return { sizes, runs, coreRows: Number(values["core-rows"]), build: values.build && !values["no-build"], out: values.out };
}

const say = (text: string) => process.stderr.write(`${text}\n`);

function core(rows: number, runs: number): CoreResult {
  say(`  core, ${rows.toLocaleString("en-US")} lots in memory`);
  return runTsxJson<CoreResult>(join(__dirname, "core-run.ts"), [String(rows), String(runs)], ["--expose-gc"]);
}

/** The commands of the CLI table, every run of each interleaved with the others'. */
function cliRuns(file: string, output: string, runs: number): Record<CliCommand, Run[]> {
  const commands: Record<CliCommand, () => Run> = {
    load: () => runNode(EXCELJS_READ, [file, "load"]),
    stream: () => runNode(EXCELJS_READ, [file, "stream"]),
    validate: () => runNode(CLI, ["validate", file, "--json", "--as-of", AS_OF], { okCodes: [0, 1] }),
    report: () => runNode(CLI, ["report", file, "-o", output, "--as-of", AS_OF], { okCodes: [0, 1] }),
  };
  const results = { load: [], stream: [], validate: [], report: [] } as Record<CliCommand, Run[]>;
  for (let run = 0; run < runs; run++) {
    for (const command of Object.keys(commands) as CliCommand[]) {
      say(`  ${command}, run ${run + 1} of ${runs}`);
      results[command].push(commands[command]());
    }
  }
  return results;
}

async function main(): Promise<void> {
  const { sizes, runs, coreRows, build, out } = options();
  const machine = describeMachine();
  const folder = join(ROOT, "out/bench");
  mkdirSync(folder, { recursive: true });

  say("start-up");
  const startup = { node: [] as Run[], cli: [] as Run[] };
  for (let run = 0; run < runs; run++) {
    startup.node.push(runNode("-e", ["0"]));
    startup.cli.push(runNode(CLI, ["help"]));
  }

  const results: SizeResult[] = [];
  for (const rows of sizes) {
    say(`${rows.toLocaleString("en-US")} lots`);
    const file = join(folder, `inventory-${rows}.xlsx`);
    const fileBytes = await writeBenchWorkbook(file, rows);
    const coreResult = core(rows, Math.max(runs, 5));
    const cli = cliRuns(file, join(folder, `summary-${rows}.xlsx`), runs);
    say("  add-in on the fake host");
    const addin = runTsxJson<AddinResult>(join(__dirname, "addin-run.ts"), [file]);
    results.push({ rows, fileBytes, core: coreResult, cli, addin });
  }
  const million = coreRows > 0 ? core(coreRows, Math.max(3, Math.min(runs, 5))) : null;

  if (build) {
    say("npm run build");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const bundle = measureBundle(join(ROOT, "dist"));
  machine.loadEnd = loadavg()[0];

  const all: BenchResults = { machine, runs, startup, sizes: results, million, bundle, built: build };
  for (const size of results) process.stdout.write(`${consoleTable(size)}\n\n`);
  writeFileSync(out, renderReport(all));
  say(`wrote ${relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
