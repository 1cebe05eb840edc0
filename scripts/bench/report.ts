/** The benchmark's figures as a console table per size and as docs/performance.md, targets judged on them. */
import type { AddinResult } from "./addin-run";
import type { Bundle } from "./bundle";
import type { CoreResult } from "./core-run";
import type { Machine } from "./machine";
import { median, type Run } from "./measure";

export type CliCommand = "load" | "stream" | "validate" | "report";

export interface SizeResult {
  readonly rows: number;
  readonly fileBytes: number;
  readonly core: CoreResult;
  readonly cli: Record<CliCommand, Run[]>;
  readonly addin: AddinResult;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly runs: number;
  /** `node -e 0` and `budget-check help`: what starting Node, and the CLI through tsx, cost. */
  readonly startup: { readonly node: Run[]; readonly cli: Run[] };
  readonly sizes: readonly SizeResult[];
  readonly million: CoreResult | null;
  readonly bundle: Bundle | null;
  /** Whether the bundle was built by this run (else dist/ was measured as found). */
  readonly built: boolean;
}

const LABELS: Record<CliCommand, string> = {
  load: "ExcelJS `readFile` (whole workbook)",
  stream: "ExcelJS `WorkbookReader` (streamed)",
  validate: "`budget-check validate --json`",
  report: "`budget-check report -o`",
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
    `── ${int(size.rows)} lots · ${mib(size.fileBytes)} file · ${int(core.findings)} findings`,
    `${"".padEnd(36)}${"wall".padStart(10)}${"memory".padStart(10)}${"÷ load".padStart(16)}${"÷ stream".padStart(16)}`,
  ];
  for (const command of Object.keys(LABELS) as CliCommand[]) {
    const t = wall(cli[command]);
    const m = rss(cli[command]);
    const vs = (floor: CliCommand) => `${ratio(t / wall(cli[floor]))} ${ratio(m / rss(cli[floor]))}`;
    lines.push(`${LABELS[command].replace(/`/g, "").padEnd(36)}${seconds(t).padStart(10)}${mb(m).padStart(10)}${vs("load").padStart(16)}${vs("stream").padStart(16)}`);
  }
  lines.push(
    `core: check ${ms(median(core.validateMs))} (${int(lotsPerSecond(core))} lots/s), summary model ${ms(median(core.summaryMs))}`,
    `add-in: Validate reads in ${addin.read.syncs} round trips (largest response ${mib(addin.read.largestResponse)}), ` +
      `the summary is written in ${addin.write.syncs} (largest request ${mib(addin.write.largestRequest)}); ` +
      `the pane's buttons: Validate ${addin.validate.syncs}, Generate ${addin.generate.syncs}`,
  );
  return lines.join("\n");
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

function targets({ sizes, million, bundle }: BenchResults): Target[] {
  const list: Target[] = [];
  const bySize = (rows: number) => sizes.find((s) => s.rows === rows);
  const small = sizes[0];
  const big = sizes[sizes.length - 1];
  if (small !== undefined && big !== undefined) {
    const reads = sizes.map((s) => `${int(s.rows)}: ${s.addin.read.syncs}`).join(", ");
    // The fewest round trips the biggest size's responses fit in, under the limit.
    const blocksNeeded = Math.ceil(big.addin.read.totalResponse / PAYLOAD_LIMIT);
    const extra = big.addin.read.syncs - small.addin.read.syncs;
    list.push({
      target: "Validate: the same round trips for 1,000 and 100,000 lots, up to block reads past the payload limit",
      measured: `read round trips by lots ${reads}; at ${int(big.rows)}, ${mib(big.addin.read.totalResponse)} of responses (at least ${blocksNeeded} under 5 MB), largest ${mib(big.addin.read.largestResponse)}`,
      met: sizes.every((s) => s.addin.read.largestResponse <= PAYLOAD_LIMIT) && extra <= Math.max(0, blocksNeeded - 1),
    });
    list.push({
      target: "Generate: at most 3 round trips",
      measured: `summary written in ${sizes.map((s) => s.addin.write.syncs).join(" / ")} round trips (largest request ${mib(Math.max(...sizes.map((s) => s.addin.write.largestRequest)))})`,
      met: sizes.every((s) => s.addin.write.syncs <= 3),
    });
  }
  if (million !== null) {
    const t = median(million.validateMs);
    const hundredK = bySize(100_000);
    const readEstimate = hundredK ? (wall(hundredK.cli.load) * million.rows) / hundredK.rows : null;
    list.push({
      target: `Core: ${int(million.rows)} lots checked well under a second`,
      measured: `${ms(t)} (CPU ${ms(median(million.validateCpuMs))}), ${int(lotsPerSecond(million))} lots/s, ${int(million.findings)} findings`,
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
    const { cli } = hundredK;
    const time = wall(cli.validate) / wall(cli.load);
    const memory = rss(cli.validate) / rss(cli.load);
    list.push({
      target: "CLI `validate`, 100,000 lots: at most 1.2 × the bare ExcelJS read in wall time and in peak memory",
      measured:
        `${ratio(time)} time, ${ratio(memory)} memory of \`readFile\`; ` +
        `${ratio(wall(cli.validate) / wall(cli.stream))} time, ${ratio(rss(cli.validate) / rss(cli.stream))} memory of the streaming \`WorkbookReader\``,
      met: time <= 1.2 && memory <= 1.2,
    });
  }
  if (bundle !== null) {
    list.push({ target: "Task pane JavaScript at most 350 KB gzipped", measured: `${kb(bundle.gzipBytes)} gzipped (${kb(bundle.bytes)} raw)`, met: bundle.gzipBytes <= BUNDLE_BUDGET_GZIP });
  }
  list.push({ target: "Task pane's first render under 1 s in headless Chromium", measured: "measured by the e2e harness (tests/e2e), not by this benchmark", met: null });
  return list;
}

function targetsSection(results: BenchResults): string {
  const rows = targets(results).map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? "—" : t.met ? "met" : "**not met**"} |`);
  return `## Targets

| target | measured | |
|---|---|---|
${rows.join("\n")}

${BOUNDS}`;
}

function coreSection(sizes: readonly SizeResult[], million: CoreResult | null): string {
  const cores = [...sizes.map((s) => s.core), ...(million ? [million] : [])];
  const rows = cores.map(
    (c) =>
      `| ${int(c.rows)} | ${int(c.findings)} | ${ms(median(c.validateMs))} (${list(c.validateMs, ms)}) | ${ms(median(c.validateCpuMs))} | ${int(lotsPerSecond(c))} | ${ms(median(c.summaryMs))} (${list(c.summaryMs, ms)}) | ${mb(c.heapUsedMb)} |`,
  );
  return `## The core alone

The sample's tables as the .xlsx adapter reads them, with the generated lots as the \`Inventory\` grid, in memory:
"check" is \`subjectsOf\` + \`validateSubjects\` (tables parsed, every rule run, every message rendered), what the
shells call once the cells are read; "summary model" is \`buildSummary\` on that validation (the summary sheet and,
past 200 lots or findings, the replacement plan and findings sheets). One process per size, garbage collected
before each run (scripts/bench/core-run.ts).

| lots | findings | check, median (runs) | CPU | lots/s | summary model, median (runs) | JS heap after |
|---:|---:|---|---:|---:|---|---:|
${rows.join("\n")}`;
}

function cliSection(sizes: readonly SizeResult[], startup: BenchResults["startup"]): string {
  const tables = sizes.map((size) => {
    const { cli } = size;
    const rows = (Object.keys(LABELS) as CliCommand[]).map((command) => {
      const runs = cli[command];
      const vs = (floor: CliCommand) => `${ratio(wall(runs) / wall(cli[floor]))} / ${ratio(rss(runs) / rss(cli[floor]))}`;
      return `| ${LABELS[command]} | ${seconds(wall(runs))} (${list(runs.map((r) => r.ms), seconds)}) | ${mb(rss(runs))} (${list(runs.map((r) => r.rssMb), (n) => String(Math.round(n)))}) | ${vs("load")} | ${vs("stream")} |`;
    });
    return `### ${int(size.rows)} lots (${mib(size.fileBytes)} file, ${int(size.core.findings)} findings)

| command | wall, median (runs) | peak memory (runs) | ÷ \`readFile\` time / memory | ÷ \`WorkbookReader\` time / memory |
|---|---|---|---|---|
${rows.join("\n")}`;
  });
  return `## Command line

Each command is a child process of the benchmark (scripts/bench/measure.ts): wall time measured around it, peak
memory reported by the process itself as it exits (\`process.resourceUsage().maxRSS\`, through a preloaded hook,
scripts/bench/rss-hook.js). The floor is ExcelJS reading the same file in plain Node and doing nothing with the
cells (scripts/bench/exceljs-read.js), both ways ExcelJS offers: \`readFile\` (the whole workbook in memory) and the
streaming \`WorkbookReader\` (every row of every sheet once). The CLI runs its TypeScript through tsx
(bin/budget-check.js).

Start-up alone: \`node -e 0\` ${seconds(wall(startup.node))} (${list(startup.node.map((r) => r.ms), seconds)}), ${mb(rss(startup.node))};
\`budget-check help\` (tsx loaded, the CLI's modules compiled, the usage printed) ${seconds(wall(startup.cli))}
(${list(startup.cli.map((r) => r.ms), seconds)}), ${mb(rss(startup.cli))}.

${tables.join("\n\n")}`;
}

function addinSection(sizes: readonly SizeResult[]): string {
  const row = (s: SizeResult) => {
    const { read, write, validate, generate } = s.addin;
    return `| ${int(s.rows)} | ${read.syncs} | ${mib(read.largestResponse)} | ${mib(read.totalResponse)} | ${write.syncs} | ${mib(write.largestRequest)} | ${validate.syncs} | ${generate.syncs} |`;
  };
  return `## The add-in on the fake Excel host

The workbook loaded into the fake host (src/fake-excel, Excel on the web's 5 MB limit on each request and
response), ExcelApi 1.17. "Validate reads" is \`checkWorkbook\` over the Office.js adapter: the outline, the used
areas, then the cells in blocks packed under the limit. "Summary written" is \`writeSummaryBook\`. The pane's
buttons (\`createOfficeHost\`) do more than that: Generate checks the workbook again before writing, and both keep the
pane's record in the workbook. Payload sizes are the fake host's JSON accounting (scripts/bench/addin-run.ts).

| lots | Validate reads: round trips | largest response | all responses | summary written: round trips | largest request | pane Validate: round trips | pane Generate: round trips |
|---:|---:|---:|---:|---:|---:|---:|---:|
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

/** What bounds the targets this code does not reach on every machine; kept next to the figures that show it. */
const BOUNDS = `Where a target depends on the machine (the figures above move with the load average), the table judges the
medians of this run. What bounds each part is measured in the sections below: the core's time grows with the
findings it renders (a register with one lot in seven overdue renders about 0.3 findings a lot); the command line's
time is reading the file (inflating and scanning every cell's XML) plus Node and tsx starting (see "Start-up
alone"), its memory is Node's own plus the cells of the requested ranges.`;

/** The changes made for speed, with the figures measured before and after them. */
const CHANGES = `## What was changed for speed

See the before/after comparison in the pull request that introduced this benchmark; in short:

- **Reading .xlsx files** (src/workbook/xlsx/): the CLI no longer loads the whole workbook into ExcelJS. It
  inflates only \`xl/workbook.xml\`, the shared strings, the styles and the worksheets that hold requested ranges,
  streamed chunk by chunk through a small XML scanner (xml-scanner.ts), and keeps only the cells of the requested
  ranges (sheet-cells.ts, read-ranges.ts), read by ExcelJS's own rules (exceljs-rules.ts) so that every grid is the
  one ExcelJS's full load gave (number formats, formulas and shared formulas, merges, error values, dates as serials,
  1904 workbooks). The fake Excel host still loads workbooks whole through ExcelJS (load.ts).
- **The core's inner loops**: one pass over the lots reads serial dates and plain numbers without making reading
  objects (\`numberDateDays\`, \`isPlainNumber\`), judges each distinct status and category once, and looks at each
  number format once per format (\`perFormat\`); duplicate ids are found in an open-addressing table of row indexes
  instead of a Map of a million keys (inventory/duplicates.ts); message templates are split once; labels without a
  space or a bracket skip the expressions that would remove them.`;
