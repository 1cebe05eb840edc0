/** The benchmark's figures as a console table per size and as docs/performance.md, targets judged on them. */
import type { AddinResult } from "./addin-run";
import type { Bundle } from "./bundle";
import type { CoreResult } from "./core-run";
import type { Machine } from "./machine";
import { median, type Run } from "./measure";

export type CliCommand = "load" | "stream" | "json" | "text" | "manyJson" | "manyText" | "report" | "tsx";

/** The core through tsx (as the CLI runs without its bundle) and bundled by esbuild (as the CLI's and the pane's builds run it). */
export interface CoreRuns {
  readonly tsx: CoreResult;
  readonly bundled: CoreResult;
}

export interface SizeResult {
  readonly rows: number;
  readonly fileBytes: number;
  readonly core: CoreRuns;
  readonly cli: Record<CliCommand, Run[]>;
  /** The findings of `manyJson` and `manyText`: the register checked with a due-soon window of 34 months. */
  readonly manyFindings: number;
  /** What stopped the add-in's run, when it failed. */
  readonly addin: AddinResult | string;
}

/** test-artifacts/e2e/first-render.json, as tests/e2e/chromium.test.ts writes it. */
export interface FirstRender {
  readonly browserColdMs: number;
  readonly firstMs: number;
  readonly reloadMs: number[];
  readonly medianReloadMs: number;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly runs: number;
  /** `node -e 0` and `budget-check help`: what starting Node, and the CLI from its bundle or through tsx, cost. */
  readonly startup: { readonly node: Run[]; readonly bundled: Run[]; readonly tsx: Run[] };
  readonly sizes: readonly SizeResult[];
  readonly million: CoreRuns | null;
  readonly bundle: Bundle | null;
  /** Whether the bundle was built by this run (else dist/ was measured as found). */
  readonly built: boolean;
  /** What tests/e2e measured, or why it could not. */
  readonly firstRender: FirstRender | string;
}

/** The rows of the CLI's tables; `many` is the number of findings with the 34-month window. */
function labels(many: number): Record<CliCommand, string> {
  return {
    load: "ExcelJS `readFile` (whole workbook)",
    stream: "ExcelJS `WorkbookReader` (streamed)",
    json: "`budget-check validate --json`",
    text: "`budget-check validate` (text)",
    manyJson: `\`validate --json --due-within 34\` (${int(many)} findings)`,
    manyText: `\`validate --due-within 34\` (text, ${int(many)} findings)`,
    report: "`budget-check report -o`",
    tsx: "`validate --json` without the bundle, through tsx (comparison only)",
  };
}

const SHORT: Record<CliCommand, string> = {
  load: "ExcelJS readFile",
  stream: "ExcelJS WorkbookReader",
  json: "validate --json",
  text: "validate (text)",
  manyJson: "validate --json, 34 months",
  manyText: "validate (text), 34 months",
  report: "report",
  tsx: "validate --json, tsx",
};

/** Excel on the web's limit on a request and on a response. */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const BUNDLE_BUDGET_GZIP = 350 * 1024;

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const ms = (value: number) => (value >= 1000 ? seconds(value) : `${Math.round(value)} ms`);
const mb = (value: number) => `${Math.round(value)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(2)} MB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const list = (values: readonly number[], format: (n: number) => string) => values.map(format).join(", ");

const wall = (runs: readonly Run[]) => median(runs.map((r) => r.ms));
const rss = (runs: readonly Run[]) => median(runs.map((r) => r.rssMb));
const lotsPerSecond = (core: CoreResult) => core.rows / (median(core.validateMs) / 1000);

export function consoleTable(size: SizeResult): string {
  const { cli, core, addin } = size;
  const lines = [
    `── ${int(size.rows)} lots · ${mib(size.fileBytes)} file · ${int(core.bundled.findings)} findings`,
    `${"".padEnd(36)}${"wall".padStart(10)}${"memory".padStart(10)}${"÷ load".padStart(16)}${"÷ stream".padStart(16)}`,
  ];
  for (const command of Object.keys(SHORT) as CliCommand[]) {
    const t = wall(cli[command]);
    const m = rss(cli[command]);
    const vs = (floor: CliCommand) => `${ratio(t / wall(cli[floor]))} ${ratio(m / rss(cli[floor]))}`;
    lines.push(`${SHORT[command].padEnd(36)}${seconds(t).padStart(10)}${mb(m).padStart(10)}${vs("load").padStart(16)}${vs("stream").padStart(16)}`);
  }
  lines.push(
    ...(["bundled", "tsx"] as const).map(
      (how) =>
        `core (${how}): check ${ms(median(core[how].validateMs))} (${int(lotsPerSecond(core[how]))} lots/s), summary model ${ms(median(core[how].summaryMs))}`,
    ),
    typeof addin === "string"
      ? `add-in: failed (${addin})`
      : `add-in: Validate reads in ${addin.read.syncs} round trips (largest response ${mib(addin.read.largestResponse)}), ` +
          `the summary is written in ${addin.write.syncs} (largest request ${mib(addin.write.largestRequest)}); ` +
          `the pane's buttons: Validate ${addin.validate.syncs}, Generate ${addin.generate.syncs}`,
  );
  return lines.join("\n");
}

export function consoleMillion(million: CoreRuns): string {
  return (["bundled", "tsx"] as const)
    .map((how) => `core (${how}), ${int(million[how].rows)} lots: check ${ms(median(million[how].validateMs))}, summary model ${ms(median(million[how].summaryMs))}`)
    .join("\n");
}

export function renderReport(results: BenchResults): string {
  const { machine, sizes, million, bundle, startup } = results;
  const largest = sizes[sizes.length - 1];
  const sections = [
    `# Performance

Figures measured by \`npm run bench\` (scripts/bench/) on ${machine.date.slice(0, 10)}; every figure below comes from
that run, except the before/after comparison, which says how it was made. Wall times are medians of the runs
(each run listed in brackets); memory is the peak resident set size of the process.`,
    machineSection(results),
    `## How to rerun

\`\`\`
npm ci
npm run bench                                   # 1,000 / 10,000 / 100,000 lots, 3 runs, builds dist/ (a few minutes)
npm run bench -- --sizes 1000,10000 --runs 5    # other sizes, more runs
npm run bench -- --core-rows 0 --no-build       # skip the million-lot core run; measure dist/ as it is
npm run bench -- --from out/bench/results.json  # render this page again from the last run's figures
npm run bench -- hostile                        # the hostile corpus at full size: its section below only
npm run bench -- pane                           # the task pane in Chromium, sample to 100,000 lots: its section only
npx tsx scripts/bench/pane-profile.ts 100000 generate  # one pane action profiled: each long task's host, GC and ours
\`\`\`

The workbooks are written to out/bench/: the sample's sheets and names (budget, projects, staff, useful lives,
other tables, as-of date) with its inventory sheet holding the generated lots (scripts/bench/lots.ts: mostly
serial dates, some text dates, lives stated on a tenth of the rows, about one lot in seven overdue and as many
due within the year, a few slips per 10,000). Checked as of 2018-09-30. This document is rewritten by each run.`,
    targetsSection(results),
    coreSection(sizes, million),
    cliSection(sizes, startup),
    addinSection(sizes),
    bundleSection(bundle, results.built),
    CHANGES,
  ];
  if (largest === undefined) sections.splice(3, 0, "No sizes were run.");
  return `${sections.join("\n\n")}\n`;
}

function machineSection({ machine, runs }: BenchResults): string {
  return `## Machine

| | |
|---|---|
| CPU | ${machine.cpuModel}, ${machine.cores} cores |
| Memory | ${machine.memoryGb} GB |
| Node | ${machine.node} (${machine.platform}) |
| Date | ${machine.date} |
| Load average (1 min) at start / end | ${machine.loadStart.toFixed(2)} / ${machine.loadEnd.toFixed(2)} |
| Yardstick (50 M additions + 1 M objects, median of 5) | ${Math.round(machine.yardstickMs)} ms |
| Runs per figure | ${runs} (the core: at least 5, and at least 3 for a million lots) |

Other processes were using the same cores during the run when the load average is above the core count; the
yardstick lets a reader scale the figures to another machine or a quieter moment.`;
}

interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

function targets({ sizes, million, bundle, firstRender, startup }: BenchResults): Target[] {
  const list: Target[] = [];
  const bySize = (rows: number) => sizes.find((s) => s.rows === rows);
  const measured = sizes.flatMap((s) => (typeof s.addin === "string" ? [] : [{ rows: s.rows, addin: s.addin }]));
  const failed = sizes.filter((s) => typeof s.addin === "string");
  const small = measured[0];
  const big = measured[measured.length - 1];
  if (failed.length > 0) {
    list.push({
      target: "The add-in's Validate and Generate run on the fake host",
      measured: failed.map((s) => `${int(s.rows)} lots: ${s.addin}`).join("; "),
      met: false,
    });
  }
  if (small !== undefined && big !== undefined) {
    const by = (f: (a: AddinResult) => number | string) => measured.map((s) => `${int(s.rows)}: ${f(s.addin)}`).join(", ");
    // Round trips besides the block reads: the outline, the used areas (and, rarely, merged areas' first cells).
    const fixed = new Set(measured.map((s) => s.addin.read.syncs - s.addin.blockGroups));
    list.push({
      target: "Validate: the same round trips for 1,000 and 100,000 lots, up to block reads past the payload limit",
      measured:
        `read round trips by lots ${by((a) => a.read.syncs)}, of which block reads (the adapter's groups of cells, each aimed at 90 % of 5 MB) ${by((a) => a.blockGroups)}; ` +
        `at ${int(big.rows)}, ${mib(big.addin.read.totalResponse)} of responses (no fewer than ${Math.ceil(big.addin.read.totalResponse / PAYLOAD_LIMIT)} round trips under 5 MB), the largest ${mib(big.addin.read.largestResponse)}`,
      met: measured.every((s) => s.addin.read.largestResponse <= PAYLOAD_LIMIT) && fixed.size === 1,
    });
    const recheck = big.addin.recheck;
    list.push({
      target: `Live re-check of an edit in the register, ${int(big.rows)} lots: under 100 ms after the host answers`,
      measured:
        `${by((a) => ms(a.recheck.afterHostMs))} after the host answered (median of ${recheck.runs.length} edits); the whole re-check at ${int(big.rows)} ` +
        `${ms(recheck.totalMs)} in ${recheck.syncs} round trips and ${kb(recheck.responseBytes)} of responses (the edited row read and checked alone)`,
      met: recheck.afterHostMs < 100,
    });
    const writes = big.addin.write;
    list.push({
      // The fourth sets up the printed page, in a batch of its own once the summary is in place (issue #15).
      target: "Generate: at most 4 round trips",
      measured:
        `summary written in ${by((a) => a.write.syncs)} round trips; at ${int(big.rows)}, ${mib(writes.totalRequest)} of requests ` +
        `(no fewer than ${Math.ceil(writes.totalRequest / PAYLOAD_LIMIT)} round trips under 5 MB), the largest ${mib(writes.largestRequest)}`,
      met: measured.every((s) => s.addin.write.syncs <= 4),
    });
  }
  if (million !== null) {
    const { bundled, tsx } = million;
    const t = median(bundled.validateMs);
    const hundredK = bySize(100_000);
    const readEstimate = hundredK ? (wall(hundredK.cli.load) * bundled.rows) / hundredK.rows : null;
    list.push({
      target: `Core: ${int(bundled.rows)} lots checked well under a second`,
      measured:
        `bundled ${ms(t)} (CPU ${ms(median(bundled.validateCpuMs))}, of it garbage collection ${ms(median(bundled.validateGcMs))}), ${int(lotsPerSecond(bundled))} lots/s; ` +
        `through tsx ${ms(median(tsx.validateMs))}; ${int(bundled.findings)} findings`,
      met: t < 1000,
    });
    if (readEstimate !== null) {
      list.push({
        target: "Core: under 10 % of ExcelJS reading the same lots",
        measured: `${ratio(t / readEstimate).replace("×", "")} of ${seconds(readEstimate)} (ExcelJS \`readFile\` of 100,000 lots × 10; a million lots do not fit its memory here)`,
        met: t / readEstimate < 0.1,
      });
    }
  }
  const hundredK = bySize(100_000);
  if (hundredK !== undefined) {
    const { cli, manyFindings } = hundredK;
    const time = wall(cli.json) / wall(cli.load);
    const memory = rss(cli.json) / rss(cli.load);
    list.push({
      target: "CLI `validate`, 100,000 lots: at most 1.2 × the bare ExcelJS read in wall time and in peak memory",
      measured:
        `${ratio(time)} time, ${ratio(memory)} memory of \`readFile\`; ` +
        `${ratio(wall(cli.json) / wall(cli.stream))} time, ${ratio(rss(cli.json) / rss(cli.stream))} memory of the streaming \`WorkbookReader\``,
      met: time <= 1.2 && memory <= 1.2,
    });
    const manyMemory = rss(cli.manyJson) / rss(cli.stream);
    list.push({
      target: `CLI \`validate --json\`, 100,000 lots and ${int(manyFindings)} findings: peak memory at most 1.2 × ExcelJS's streaming read`,
      measured: `${mb(rss(cli.manyJson))} against ${mb(rss(cli.stream))}: ${ratio(manyMemory)} (text output ${mb(rss(cli.manyText))})`,
      met: manyMemory <= 1.2,
    });
    const textTime = wall(cli.manyText) / wall(cli.manyJson);
    list.push({
      target: `CLI text output within 1.2 × the JSON's time, 100,000 lots and ${int(manyFindings)} findings`,
      measured: `text ${seconds(wall(cli.manyText))}, JSON ${seconds(wall(cli.manyJson))}: ${ratio(textTime)}; at ${int(hundredK.core.bundled.findings)} findings ${ratio(wall(cli.text) / wall(cli.json))}`,
      met: textTime <= 1.2,
    });
  }
  list.push({
    target: "`budget-check help` starts in the bundle's time, not tsx's",
    measured: `from the bundle ${seconds(wall(startup.bundled))} (its freshness checked first), through tsx ${seconds(wall(startup.tsx))}, \`node -e 0\` ${seconds(wall(startup.node))}`,
    met: wall(startup.bundled) < wall(startup.tsx),
  });
  if (bundle !== null) {
    list.push({ target: "Task pane JavaScript at most 350 KB gzipped", measured: `${kb(bundle.gzipBytes)} gzipped (${kb(bundle.bytes)} raw)`, met: bundle.gzipBytes <= BUNDLE_BUDGET_GZIP });
  }
  list.push(
    typeof firstRender === "string"
      ? { target: "Task pane's first render under 1 s in headless Chromium", measured: firstRender, met: null }
      : {
          target: "Task pane's first render under 1 s in headless Chromium",
          measured:
            `first load ${firstRender.firstMs} ms (the fresh browser's own first navigation before it: ${firstRender.browserColdMs} ms); ` +
            `reloads ${firstRender.reloadMs.join(" / ")} ms, median ${firstRender.medianReloadMs} ms (tests/e2e, from navigation start to the frame laying out 검증)`,
          met: firstRender.firstMs < 1000 && firstRender.medianReloadMs < 1000,
        },
  );
  return list;
}

function targetsSection(results: BenchResults): string {
  const rows = targets(results).map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? "—" : t.met ? "met" : "**not met**"} |`);
  return `## Targets

| target | measured | |
|---|---|---|
${rows.join("\n")}

${bounds(results.million)}`;
}

function coreSection(sizes: readonly SizeResult[], million: CoreRuns | null): string {
  const cores = [...sizes.map((s) => s.core), ...(million ? [million] : [])];
  const rows = cores.flatMap((pair) =>
    (["bundled", "tsx"] as const).map((how) => {
      const c = pair[how];
      return `| ${int(c.rows)} | ${how} | ${int(c.findings)} | ${ms(median(c.validateMs))} (${list(c.validateMs, ms)}) | ${ms(median(c.validateCpuMs))} | ${ms(median(c.validateGcMs))} | ${int(lotsPerSecond(c))} | ${ms(median(c.detectMs))} | ${ms(median(c.summaryMs))} (${list(c.summaryMs, ms)}) | ${mb(c.heapUsedMb)} |`;
    }),
  );
  return `## The core alone

The sample's tables as the .xlsx adapter reads them, with the generated lots as the \`Inventory\` grid, in memory:
"check" is \`subjectsOf\` + \`validateSubjects\` (tables parsed, every rule run, every message rendered), what the
shells call once the cells are read; "summary model" is \`buildSummary\` on that validation (the summary sheet and,
past 200 lots or findings, the replacement plan and findings sheets); "found without a name" is \`detectTables\` on
the register with its name removed (its header found by its words, its extent, its parse), beside the check of the
named one. One process per size, garbage collected
before each run (scripts/bench/core-run.ts). "bundled" runs it as one esbuild bundle, as the task pane's webpack
build and the CLI's bundle run the core (modules joined, calls direct); "tsx" runs it module by module through
tsx, as the CLI does when it has no bundle,
where every call into another module goes through an export getter.

| lots | run | findings | check, median (runs) | CPU | garbage collection | lots/s | found without a name | summary model, median (runs) | JS heap after |
|---|---|---:|---|---:|---:|---:|---:|---|---:|
${rows.join("\n")}

${partsTable(million?.bundled ?? sizes[sizes.length - 1]?.core.bundled)}`;
}

/** Where one run of the check goes: the tables parsed, then each rule, timed one by one (bundled). */
function partsTable(core: CoreResult | undefined): string {
  if (core === undefined) return "";
  const total = Object.values(core.parts).reduce((sum, t) => sum + t, 0);
  const rows = Object.entries(core.parts)
    .sort((a, b) => b[1] - a[1])
    .map(([part, t]) => `| ${part === "parse" ? "parsing the tables" : `\`${part}\``} | ${ms(t)} | ${Math.round((t / total) * 100)} % |`);
  return `Where the check of ${int(core.rows)} lots goes (bundled; one more run, each part timed on its own, so the
parts add up to a little more than a plain run; garbage collection falls on whichever part is running):

| part | time | share |
|---|---:|---:|
${rows.join("\n")}
| **all** | **${ms(total)}** | |`;
}

function cliSection(sizes: readonly SizeResult[], startup: BenchResults["startup"]): string {
  const tables = sizes.map((size) => {
    const { cli } = size;
    const label = labels(size.manyFindings);
    const rows = (Object.keys(SHORT) as CliCommand[]).map((command) => {
      const runs = cli[command];
      const vs = (floor: CliCommand) => `${ratio(wall(runs) / wall(cli[floor]))} / ${ratio(rss(runs) / rss(cli[floor]))}`;
      return `| ${label[command]} | ${seconds(wall(runs))} (${list(runs.map((r) => r.ms), seconds)}) | ${mb(rss(runs))} (${list(runs.map((r) => r.rssMb), (n) => String(Math.round(n)))}) | ${vs("load")} | ${vs("stream")} |`;
    });
    return `### ${int(size.rows)} lots (${mib(size.fileBytes)} file, ${int(size.core.bundled.findings)} findings)

| command | wall, median (runs) | peak memory (runs) | ÷ \`readFile\` time / memory | ÷ \`WorkbookReader\` time / memory |
|---|---|---|---|---|
${rows.join("\n")}`;
  });
  return `## Command line

Each command is a child process of the benchmark (scripts/bench/measure.ts): wall time measured around it, peak
memory reported by the process itself as it exits (\`process.resourceUsage().maxRSS\`, through a preloaded hook,
scripts/bench/rss-hook.js). The floor is ExcelJS reading the same file in plain Node and doing nothing with the
cells (scripts/bench/exceljs-read.js), both ways ExcelJS offers: \`readFile\` (the whole workbook in memory) and the
streaming \`WorkbookReader\` (every row of every sheet once). The CLI runs as it ships: bin/budget-check.js checks
that its bundle (dist-cli/, made by \`npm ci\`) is not older than the sources, then runs it; "without the bundle"
runs the same command from the TypeScript sources through tsx (bin/run-from-source.js), as bin/budget-check.js
does when there is no bundle. "34 months" checks the same register with \`--due-within 34\`: about twice the
findings, so that the cost of printing them shows (text and JSON side by side).

Start-up alone, ${startup.node.length} runs each: \`node -e 0\` ${seconds(wall(startup.node))} (${list(startup.node.map((r) => r.ms), seconds)}), ${mb(rss(startup.node))};
\`budget-check help\` from the bundle (its freshness checked, the usage printed) ${seconds(wall(startup.bundled))}
(${list(startup.bundled.map((r) => r.ms), seconds)}), ${mb(rss(startup.bundled))}; the same through tsx, without the bundle,
${seconds(wall(startup.tsx))} (${list(startup.tsx.map((r) => r.ms), seconds)}), ${mb(rss(startup.tsx))}.

${tables.join("\n\n")}`;
}

function addinSection(sizes: readonly SizeResult[]): string {
  const row = (s: SizeResult) => {
    if (typeof s.addin === "string") return `| ${int(s.rows)} | failed: ${s.addin} | | | | | | | | | |`;
    const { read, write, validate, generate, blockGroups, recheck } = s.addin;
    return `| ${int(s.rows)} | ${read.syncs} | ${blockGroups} | ${mib(read.largestResponse)} | ${mib(read.totalResponse)} | ${write.syncs} | ${mib(write.largestRequest)} | ${mib(write.totalRequest)} | ${validate.syncs} | ${generate.syncs} | ${ms(recheck.afterHostMs)} (${ms(recheck.totalMs)}, ${recheck.syncs}) |`;
  };
  return `## The add-in on the fake Excel host

The workbook loaded into the fake host (src/fake-excel, Excel on the web's 5 MB limit on each request and
response), ExcelApi 1.17. "Validate reads" is \`checkWorkbook\` over the Office.js adapter: the outline, the used
areas, then the cells in blocks packed under the limit. "Summary written" is \`writeSummaryBook\`. The pane's
buttons (\`createOfficeHost\`) do more than that: Generate checks the workbook again before writing, and both keep the
pane's record in the workbook. Payload sizes are the fake host's JSON accounting (scripts/bench/addin-run.ts).
"Live re-check" is one lot's quantity edited halfway down the register after the pane's Validate
(scripts/bench/live-recheck.ts): the time after the host answered (the adapter's grids, the core on the
register, the pane's merge), then in brackets the whole re-check with the fake host's round trips, and their count.

| lots | Validate reads: round trips | of them block reads | largest response | all responses | summary written: round trips | largest request | all requests | pane Validate: round trips | pane Generate: round trips | live re-check: after the host (all, round trips) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${sizes.map(row).join("\n")}`;
}

function bundleSection(bundle: Bundle | null, built: boolean): string {
  if (bundle === null) return "## Task pane bundle\n\nNot measured: dist/ holds no production build (`npm run build`).";
  const rows = bundle.files.map((f) => `| ${f.name} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`);
  return `## Task pane bundle

The scripts dist/taskpane.html loads (Office.js itself comes from Microsoft's CDN), ${built ? "built by this run (`npm run build`)" : "as found in dist/ (`--no-build`)"};
gzip at its default level.

| file | raw | gzipped |
|---|---:|---:|
${rows.join("\n")}
| **all** | **${kb(bundle.bytes)}** | **${kb(bundle.gzipBytes)}** |`;
}

/** What bounds the targets this code does not reach everywhere; the figures that show it are in the sections below. */
const bounds = (million: CoreRuns | null) => `The table judges the medians of this run; the figures move with the machine and its load (see "Machine"). What
bounds each target that is not met everywhere:

- **The core on a million lots** is linear (tests/hardening/random-tables.test.ts holds it to that), under a tenth
  of ExcelJS's read of the same lots, and no slower per lot than on smaller registers; what is left is in "Where the
  check goes" below. Parsing walks every row once (a blank row and a total row are told apart on each). The rules
  that find something on many lots (due and overdue devices: about 0.3 findings a lot in this register) make a
  finding, a cell address and a rendered message for each, which users see. Garbage collection on the main thread
  is a small part of it (its own column in "The core alone"); the rest is the JavaScript itself${million === null ? "" : `, ${((median(million.bundled.validateMs) - median(million.bundled.validateGcMs)) / million.bundled.rows * 1000).toFixed(1)} µs a lot`}.
- **Generate on the largest register** writes every due lot and every finding, each with a link to its cell: the
  requests come to the "all requests" figure below, and Excel takes no request over 5 MB, so the writes go in as
  many round trips as that needs. The writer queues each up to 90 % of the limit by its own estimate
  (src/workbook/office/write/request-payload.ts), which counts 100 bytes for an action where the fake host counts 60:
  Office.js sends an object path with each action, and an estimate short of the real request is a failed Generate,
  one above it only a round trip more. A division's register of thousands of lots is written in 3.
- **The command line's time** is reading the file (inflating and scanning every cell's XML) plus Node and tsx
  starting (see "Start-up alone"); its memory is Node's own plus the cells of the requested ranges.
- **What bounds a read** is the cells a file holds, not what it claims: each requested range is clipped to the
  sheet's used area as the scan finds it (never its \`<dimension>\`), identical rectangles are read into one grid, and
  before any grid is made its cells are counted against a budget of 16,777,216 cells a batch (1 GiB at 64 bytes a
  cell, \`DEFAULT_CELL_BUDGET\` in src/workbook/cell-budget.ts, applied by both adapters, the Office.js one after
  its used-range round trip and before it loads a cell). Past it, the answer is a
  "too many cells" message naming the sheet and range (exit 2), never an out-of-memory crash: a name over a whole
  sheet with one value at XFD1048576 is that case. A cell or merged area past XFD or row 1,048,576 is left unread
  and reported as a \`workbook/beyond-limits\` finding.
  Parsing is linear: the XML scanner searches each chunk once and keeps unfinished text and tags as pieces, and no
  regular expression that can backtrack is applied to a whole part (tests/workbook/xlsx/read/growth.test.ts times
  twice the input at under three times the time).`;

/** The changes made for speed, with the figures measured before and after them. */
const CHANGES = `## The house rebuilt, the figures kept (issue #12)

The use cases moved into src/app, the adapters stopped filling merged cells, src/workbook/xlsx became one package
reader with a reader and a writer (JSZip and ExcelJS out of the product), and the table kinds went into a registry.
\`npm run bench\` before (2026-11-25) and after (2026-12-04): the machine was far less loaded the second time
(yardstick 314 ms, then 80 ms), so wall times are compared through what ran beside them in the same run.

| figure | before | after |
|---|---|---|
| Validate's read round trips, 1,000 / 10,000 / 100,000 lots | 3 / 3 / 12 | 3 / 3 / 12 |
| Generate's round trips, 1,000 / 10,000 / 100,000 lots | 3 / 3 / 8 | 3 / 3 / 8 |
| \`validate --json\`, 100,000 lots: time ÷ ExcelJS \`readFile\` | 0.44× | 0.43× |
| \`validate --json\`, 100,000 lots: peak memory | 175 MB | 174 MB |
| \`report -o\`, 100,000 lots: peak memory | 475 MB | 474 MB |
| the core, 1,000,000 lots, bundled: ÷ ExcelJS reading the same lots | 0.03 | 0.03 |
| the core, 1,000,000 lots, bundled | 2.22 s | 1.29 s |
| task pane bundle, gzipped | 166.2 KB | 168.4 KB |

## What was changed for speed

Figures before and after each change, measured by hand on the machine above on 2026-11-25 (one run each, not by
this script, which measures only the code as it is):

- **\`report\` on 100,000 lots: 31.8 s → 10.0 s → 6.6 s.** The summary's writer checked every pair of merged
  areas for overlap (a findings sheet of 30,000 rows has a merge on each: hundreds of millions of pairs); it now sweeps them in
  order of their top rows (src/workbook/xlsx/write/sheet-xml.ts). It then keyed each cell's style by sorting and
  serialising it; each style object is now keyed once (styles.ts, write-sheets.ts).
  (\`time node bin/budget-check.js report out/bench/inventory-100000.xlsx -o … --as-of 2018-09-30\`.)
- **Generate summary on 100,000 lots: failed → written.** The Office.js writer sized the sheet by spreading
  the cells of a 30,000-row findings sheet into \`Math.max(...)\`, past what a call's arguments may number ("Maximum call stack size
  exceeded"); both writers now share one loop over the cells (\`specExtent\`, src/core/summary/sheet-spec.ts).
- **Generate on 100,000 lots: no request near the 5 MB limit unaccounted for.** Found by this benchmark: the
  writer counted one action for each of a list's links where Office.js sends two (the cell's range, then its
  hyperlink), so a long list could overrun the 5 MB request limit once its blocks of cells were packed closer to it
  (tests/workbook/office/write-summary.test.ts now writes such a list under a small limit). Cells without a format
  now send \`null\` (left as the new sheet has them) instead of \`"General"\`; one-row merges of consecutive rows
  go as one \`merge(true)\`; blocks of cells fill what room the request has left.
- **\`validate\` on 100,000 lots: no SHA-256 for each finding.** Findings were matched to the workbook's accepted
  findings by a hash of their values, worked out for every finding even in a workbook with no acceptance (about
  0.3 s of 3.5 s, by CPU profile); it is now worked out only where an acceptance stands (src/core/stamp/acceptance.ts).
- **The add-in's run on the fake host, 100,000 lots: over 6 minutes of CPU, unfinished → about 70 s.** The fake
  host looked through every earlier merge for each new one; it now finds them by row (src/fake-excel/merges.ts).
  The fake host is not shipped, but it is what the add-in's figures are measured on.
- **The pane's first render: 1,311–1,490 ms → 560–780 ms on its first load.** The pane did not change; the
  measurement did. The e2e harness had every request of the timed page pass through Playwright, with Office.js
  answered from the test process; it now times the pane from a local server that serves Office.js too, and
  measures the fresh browser's own first navigation apart (tests/e2e/chromium.test.ts).
- **Reading .xlsx files** (src/workbook/xlsx/, before this benchmark was written): the CLI no longer loads the
  whole workbook into ExcelJS. It inflates only \`xl/workbook.xml\`, the shared strings, the styles and the
  worksheets that hold requested ranges, streamed through a small XML scanner (xml-scanner.ts), and keeps only the
  cells of the requested ranges (sheet-cells.ts, read-ranges.ts), read as the file stores them
  (tests/workbook/xlsx/read/ and the parity tests hold the reader and the fake Excel host to the same grids).
  Rows of a register repeat their number formats and hold no formulas: such rows share one array. The fake Excel
  host still loads workbooks whole through ExcelJS (src/fake-excel/load-xlsx.ts).
- **The core's inner loops**: one pass over the lots reads serial dates and plain numbers without making reading
  objects (\`numberDateDays\`, \`isPlainNumber\`), computes due dates without date objects
  (\`addYearsToEpochDays\`), judges each distinct status, category and label text once, and looks at each number
  format once; duplicate ids are found in an open-addressing table of row indexes instead of a Map of a million
  keys, which cost about a microsecond a key in growing the map and collecting the key strings made for it
  (inventory/duplicates.ts); message templates are split once.`;
