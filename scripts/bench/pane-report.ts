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

/** How the pane keeps its thread free, and what is left in the stretches above: the same on every run. */
const HOW_PACED = [
  "How the pane keeps its thread free: long work is written in pieces (src/core/pieces.ts, generators that pause",
  "every 2,000 rows or so: the grids made from the host's answer, the tables found and parsed, each rule on a long",
  "register, a table's findings put in order, the stamp's text, the summary's sheets, the Office writer's requests),",
  "and the pane's pace (src/app/pace.ts) gives the thread back once 30 ms have passed (room left for a collection's",
  "pause), waiting for a frame when none was drawn for 25 ms: Chromium runs yielded work ahead of rendering until",
  "rendering has waited ~100 ms, which left gaps of 160–230 ms between frames before, and with 50 ms for both, two",
  "tasks of 49 ms could still run back to back. After a result, the list's order is made in pieces too",
  "(src/taskpane/state/listing.ts), after the frame with the counts, and the list is drawn in a task of its own;",
  "an edit's re-check, whose order reuses the one shown, is listed with its counts in one frame.",
  "What a rule works out about a table (its lots, its ids' keys, its typed cells, formula coverage) and where each",
  "finding is are kept on their objects, not in WeakMaps (src/core/owned-cache.ts): V8 marks what only a WeakMap",
  "holds in a full collection's pause, which at 10,000 lots took 129 ms (98 ms of it marking WeakMaps' entries), and",
  "57 ms after. The fake host's cells that look alike share one format object (a 100,000-lot register took 478 MB",
  "of Node's heap, 135 MB after; the page's heap with the result on screen went from 284 MB to 112 MB). The Office",
  "writer sends a sheet's values in blocks of at most 2,000 rows with a pause between them (a whole list sheet",
  "serialized at once held the pane 220–270 ms). A live re-check keeps the findings of the rows it did not touch as",
  "the very objects shown: they are matched to the list before by walking both side by side, new ones alone looked",
  "up (src/taskpane/state/kept-positions.ts), and the list's new order is made from the one shown before, rows and",
  "keys reused (at 30,000 findings: merge 17 → 4 ms, order 33 → 4 ms). What still comes near 100 ms, in some runs",
  "and at 100,000 lots only, is garbage collection (CPU profiles and V8's trace of the pane's Generate, 2026-12-06):",
  "the fake host, on the same thread, makes young objects by the million (about 85 scavenges of ~30 ms in one",
  "Generate), and a major collection's incremental marking of a heap that holds the fake host's workbook ran in",
  "steps of ~10 ms, up to 19 of them in one task of 94–122 ms with almost none of our code in it; in Excel the",
  "host's share is in Excel's process. `npx tsx scripts/bench/pane-profile.ts 100000 generate --tasks` lists each",
  "long task and frame gap. The Node table above times our pieces alone. Still whole: merged areas spread over a",
  "grid, the printed page's breaks, and the rules of budgets, staff and `Table_*` tables (short here).",
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
  lines.push("", ...piecesTable(results.sizes), "", ...HOW_PACED);
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
