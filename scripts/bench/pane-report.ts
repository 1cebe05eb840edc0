/**
 * The pane's section of docs/performance.md (`npm run bench -- pane`), and its table on the console. The section
 * is kept when the other runs rewrite the page, and replaced by the next pane run.
 */
import { findSection, withSection } from "./page-sections";
import { longestOurs, verdicts, type Longest, type PaneAction, type PaneResults, type PaneSize } from "./pane-figures";

export const PANE_HEADING = "## The task pane in Chromium (issue #16)";

const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;
const count = (n: number) => n.toLocaleString("en-US");
const sizeName = (size: string) => (size === "sample" ? "sample" : `${count(Number(size))} lots`);
const stretch = (found: Longest | null) => (found === null ? "none over 50 ms" : `${ms(found.oursMs)} (${ms(found.wholeMs)} with the host)`);
/** An action's time, the host's part, and its longest task by our part. */
const actionCell = (a: PaneAction | null) => (a === null ? "not seen" : `${ms(a.ms)} (host ${ms(a.hostMs)}); longest ${stretch(longerOf(a.longestTask, a.longestGap))}`);

/** The longer by our part of the longest task and the longest frame gap. */
function longerOf(task: Longest | null, gap: Longest | null): Longest | null {
  if (task === null || gap === null) return task ?? gap;
  return task.oursMs >= gap.oursMs ? task : gap;
}

function row(s: PaneSize): string {
  return [
    sizeName(s.size),
    count(s.findings),
    actionCell(s.validate),
    count(s.domNodes),
    `${Math.round(s.heapMb).toLocaleString("en-US")} MB`,
    s.filterMs.map(ms).join(" / "),
    actionCell(s.recheck),
    actionCell(s.generate),
    ms(Math.max(longestOurs(s.validate), longestOurs(s.recheck), longestOurs(s.generate))),
  ].join(" | ");
}

/**
 * What the pacing does not split, so that a long task left in the figures can be placed. Measured apart in Node
 * on 100,000 lots (out of the figures above: the browser on a shared machine takes two to three times as long).
 */
const UNPACED = [
  "What the pane's pacing (src/app/pace.ts) does not split: Validate pauses between rules and between tables, and",
  "builds the stamp's text 5,000 rows at a time (hashed by WebCrypto), but one rule on one table runs in one piece",
  "(in Node at 100,000 lots: `inventory/overdue` 54–58 ms, rendering a message for each of its ~14,000 findings;",
  "`inventory/missing-date` 41–46 ms; `table/far-cells` 39–47 ms, 90 ms before it read each cell once at most; the",
  "others less), and so does parsing a table (42–70 ms). Generate builds the summary model in pieces",
  "(src/core/summary/pieces.ts: between sections and sheets, every 2,000 rows of a long list, and after each pass of the",
  "replacement plan over its lots: gathering, the tallies by category and by year) and prepares the Office writer's",
  "requests in pieces (src/workbook/office/write/: a pause before each step of a sheet, every 20,000 cells read, every",
  "2,000 rows sized or merges gathered, every 500 links or merges queued, and between the `getRanges` chunks of a style,",
  "whose areas are also found 20,000 cells at a time). In Node at 100,000 lots, timed in CPU time with V8's garbage",
  "collection on the main thread (`--single-threaded-gc`, the machine being shared at load 8–9), the writer's pieces",
  "take a median of 1–5 ms and the summary's 1–9 ms; the longest, 15–20 ms, hold a collection of the fake host's",
  "heap. Measured the same way before, the links took 34 ms a piece (median, every 20,000 cells), one style's areas up",
  "to 63 ms, a sheet's last step with its merges 25–36 ms, and the replacement plan's tallies 23 ms with the sort of",
  "its lots. What stays whole: sorting a style's cells that do not come in row order (a summary sheet's few hundred; a",
  "list's come in order), and the fake host's own sizing of a block of values as it is set (15–20 ms after the round",
  "trip before it; the host's part, not ours). The live re-check runs in one piece, short since it reads and checks a register's edited",
  "rows alone (app/recheck.ts, src/core/live/). Figures measured in Node on a machine shared with other jobs (load 3–4).",
];

export function paneSection(results: PaneResults): string {
  const [start, end] = results.load;
  const lines = [
    PANE_HEADING,
    "",
    `Measured by \`npm run bench -- pane\` on ${results.date} (${results.machine}; load average ${start.toFixed(2)} at the start,`,
    `${end.toFixed(2)} at the end): the production pane with the fake Excel host, served by the preview's server, in`,
    "Debian's Chromium (headless), 350 × 900. Per size a fresh page; the fake host opens the workbook before anything",
    "is timed. Times are taken in the page from the click to the frame that shows the result. **The host's part**:",
    "the fake host runs on the pane's thread (in Excel it runs in Excel), so every round trip (`sync`) is timed in",
    "the page and taken out of the stretches it falls in; \"longest\" is our part of the longest long task",
    "(PerformanceObserver `longtask`) or gap between animation frames, whichever is longer, with the whole stretch",
    "beside it (headless Chromium's observer misses stretches that the frame gaps catch). The live re-check edits the first lot's quantity (장비!D4 to 0)",
    "through the fake host and is timed from its first round trip (after the pane's 300 ms of quiet) to the frame",
    "with the new counts. JS heap: `JSHeapUsedSize` after a garbage collection, with the result on screen.",
    "",
    "| target | measured | met |",
    "|---|---|---|",
    ...verdicts(results.sizes).map((v) => `| ${v.target} | ${v.measured} | ${v.met === null ? "not measured" : v.met ? "yes" : "**no**"} |`),
    "",
    "| size | findings | Validate → list shown | DOM nodes | JS heap | filter toggle (press / release) | live re-check | Generate summary | longest task, ours |",
    "|---|--:|---|--:|--:|---|---|---|--:|",
    ...results.sizes.map((s) => `| ${row(s)} |`),
  ];
  lines.push("", ...UNPACED);
  const progress = results.sizes.flatMap((s) => s.validate.progress.slice(0, 1).concat(s.validate.progress.slice(-1)));
  if (progress.length > 0) lines.push("", `Progress lines seen during Validate (first and last at each size): ${[...new Set(progress)].map((p) => `“${p}”`).join(", ")}.`);
  return lines.join("\n");
}

export const findPaneSection = (page: string): string | null => findSection(page, PANE_HEADING);

export const withPaneSection = (page: string, section: string): string => withSection(page, PANE_HEADING, section);

export function consolePane(results: PaneResults): string {
  const header = "size | findings | Validate | DOM nodes | JS heap | filter | re-check | Generate | longest task, ours";
  return [header, ...results.sizes.map(row), "", ...verdicts(results.sizes).map((v) => `${v.met === null ? "-" : v.met ? "met" : "NOT MET"}: ${v.target}: ${v.measured}`)].join("\n");
}
