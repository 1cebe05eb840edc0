/**
 * The pane's section of docs/performance.md (`npm run bench -- pane`), and its table on the console. The section
 * is kept when the other runs rewrite the page, and replaced by the next pane run.
 */
import { findSection, withSection } from "./page-sections";
import { longestOurs, verdicts, type Longest, type PaneAction, type PaneResults, type PaneSize, type Piece } from "./pane-figures";

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

/** A piece: its time and where it ran, from and to. */
const pieceCell = (piece: Piece | null) => (piece === null ? "–" : `${ms(piece.ms)} (${piece.from} → ${piece.to})`);

/** The same workbooks in Node, piece by piece: where a long task left in the figures above comes from. */
function piecesTable(sizes: readonly PaneSize[]): string[] {
  return [
    "The same workbooks in Node, piece by piece (scripts/bench/pieces-run.ts, over the fake host as the pane runs it,",
    "with the pane's pacing): a piece is what runs between two moments the thread is free, the pace giving it back or",
    "a round trip to the host; each is named by where it started and ended. The longest of each action, and of",
    "Validate with the register's name deleted, so that it is found by its header words as in most users' workbooks:",
    "",
    "| size | Validate | Validate, register found by its header | Generate summary |",
    "|---|---|---|---|",
    ...sizes.map((s) => `| ${sizeName(s.size)} | ${pieceCell(s.pieces.validate)} | ${pieceCell(s.pieces.validateFound)} | ${pieceCell(s.pieces.generate)} |`),
  ];
}

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
    "with the new counts and the list redrawn. JS heap: `JSHeapUsedSize` after a garbage collection, with the result on screen.",
    "",
    "| target | measured | met |",
    "|---|---|---|",
    ...verdicts(results.sizes).map((v) => `| ${v.target} | ${v.measured} | ${v.met === null ? "not measured" : v.met ? "yes" : "**no**"} |`),
    "",
    "| size | findings | Validate → list shown | DOM nodes | JS heap | filter toggle (press / release) | live re-check | Generate summary | longest task, ours |",
    "|---|--:|---|--:|--:|---|---|---|--:|",
    ...results.sizes.map((s) => `| ${row(s)} |`),
  ];
  lines.push("", ...piecesTable(results.sizes));
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
