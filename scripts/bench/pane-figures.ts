/**
 * The pane benchmark's figures and what is judged from them. Times come from inside the page
 * (`performance.now()`); a stretch of the main thread (a long task, or a gap between animation frames) is split
 * into the fake host's part, its round trips (`sync`, timed in the page around each one), and ours, the rest.
 * In Excel the host's part runs in Excel's process, not the pane's; in the preview it runs on the pane's thread.
 */

/** A stretch of the page's main thread: start and duration, in ms from the page's time origin. */
export type Interval = readonly [start: number, duration: number];

/** One action's stretches: long tasks (PerformanceObserver) and frame gaps over 50 ms (requestAnimationFrame). */
export interface Stretches {
  readonly tasks: readonly Interval[];
  readonly gaps: readonly Interval[];
  /** The fake host's round trips in the same time. */
  readonly host: readonly Interval[];
}

/** The longest stretch, whole and without the host's part; null when none was recorded (none over 50 ms). */
export interface Longest {
  readonly wholeMs: number;
  readonly oursMs: number;
}

export interface PaneAction {
  /** From the click (or the edit's re-check) to the frame that shows the result. */
  readonly ms: number;
  /** Of that, inside the fake host's round trips. */
  readonly hostMs: number;
  readonly longestTask: Longest | null;
  readonly longestGap: Longest | null;
  /** The progress lines the pane showed meanwhile, as read at each frame (distinct, in order). */
  readonly progress: readonly string[];
}

export interface PaneSize {
  /** "sample", or the number of lots. */
  readonly size: string;
  readonly findings: number;
  readonly validate: PaneAction;
  readonly domNodes: number;
  /** JS heap used after a garbage collection, with the result on screen (CDP `Performance.getMetrics`). */
  readonly heapMb: number;
  /** Pressing a severity badge and pressing it again: each to the frame that shows the list. */
  readonly filterMs: readonly number[];
  /** One lot's quantity edited through the fake host; null when the list did not change within the wait. */
  readonly recheck: PaneAction | null;
  readonly generate: PaneAction;
  /** The same workbook's pieces of work timed in Node (pieces-run.ts). */
  readonly pieces: NodePieces;
}

/** A piece of the pane's work: its time, and where it started and ended (a progress, or a round trip's caller). */
export interface Piece {
  readonly ms: number;
  readonly from: string;
  readonly to: string;
}

/** The longest piece of each action in Node; Validate also with the register found by its header words. */
export interface NodePieces {
  readonly validate: Piece;
  readonly generate: Piece;
  /** Null for the sample, whose tables are all named. */
  readonly validateFound: Piece | null;
}

export interface PaneResults {
  readonly date: string;
  readonly machine: string;
  /** The 1-minute load average at the start and the end of the run. */
  readonly load: readonly [number, number];
  readonly sizes: readonly PaneSize[];
}

/** How much of `interval` the host's intervals cover (they never overlap one another: one round trip at a time). */
export function hostPart([start, duration]: Interval, host: readonly Interval[]): number {
  const end = start + duration;
  let covered = 0;
  for (const [hostStart, hostDuration] of host) covered += Math.max(0, Math.min(end, hostStart + hostDuration) - Math.max(start, hostStart));
  return covered;
}

/** The longest of the stretches by our part, with its whole length; null for none. */
export function longest(stretches: readonly Interval[], host: readonly Interval[]): Longest | null {
  let found: Longest | null = null;
  for (const stretch of stretches) {
    const ours = stretch[1] - hostPart(stretch, host);
    if (found === null || ours > found.oursMs) found = { wholeMs: stretch[1], oursMs: ours };
  }
  return found;
}

/** The targets. */
export const TARGETS = {
  /** DOM nodes at 100,000 lots, as a multiple of the sample's. */
  domRatio: 3,
  /** No task over this, at any size, once the host has answered. */
  taskMs: 200,
  /** Item 1: long work never blocks the pane for more than this at a time. */
  blockMs: 100,
  /** A filter toggle and a live re-check at 100,000 lots. */
  interactionMs: 100,
} as const;

/** The longest of our parts of an action's stretches, tasks and frame gaps alike. */
export function longestOurs(action: PaneAction | null): number {
  if (action === null) return 0;
  return Math.max(action.longestTask?.oursMs ?? 0, action.longestGap?.oursMs ?? 0);
}

export interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;

/** Each target judged on the sizes measured; null where the sizes needed were not measured. */
export function verdicts(sizes: readonly PaneSize[]): Verdict[] {
  const sample = sizes.find((s) => s.size === "sample");
  const largest = sizes.find((s) => s.size === "100000");
  const worstTask = Math.max(0, ...sizes.flatMap((s) => [s.validate, s.recheck, s.generate].map(longestOurs)));
  const at = largest ? "at 100,000 lots" : "(100,000 lots not measured)";
  const dom = sample && largest ? largest.domNodes / sample.domNodes : null;
  const filter = largest ? Math.max(...largest.filterMs) : null;
  const recheck = largest?.recheck ? largest.recheck.ms - largest.recheck.hostMs : null;
  return [
    {
      target: `DOM nodes at 100,000 lots ≤ ${TARGETS.domRatio} × the sample's`,
      measured: dom === null ? "not measured" : `${dom.toFixed(2)} ×`,
      met: dom === null ? null : dom <= TARGETS.domRatio,
    },
    {
      target: `no task over ${TARGETS.taskMs} ms after the host answered, at any size`,
      measured: `longest ${ms(worstTask)}`,
      met: worstTask <= TARGETS.taskMs,
    },
    {
      target: `long work never blocks the pane for more than ${TARGETS.blockMs} ms at a time (longest task, ours)`,
      measured: `longest ${ms(worstTask)}`,
      met: worstTask <= TARGETS.blockMs,
    },
    {
      target: `filter toggle under ${TARGETS.interactionMs} ms ${at}`,
      measured: filter === null ? "not measured" : ms(filter),
      met: filter === null ? null : filter < TARGETS.interactionMs,
    },
    {
      target: `live re-check under ${TARGETS.interactionMs} ms ${at}, host's round trips apart`,
      measured: recheck === null ? "not measured" : ms(recheck),
      met: recheck === null ? null : recheck < TARGETS.interactionMs,
    },
  ];
}
