/**
 * Pacing for the pane, which shares the browser's one thread with its own rendering (and, inside Excel's
 * webview, with Excel's): long work calls the pace between pieces; once ~30 ms have passed since the last time
 * the thread was given back, it reports the progress and yields, so no task runs much past it.
 */
import { nextTask } from "../core/next-task";
import type { Pace, Progress } from "../core/progress";

/**
 * Work in one task before the browser gets the thread back: under a third of the 100 ms a pane may keep it,
 * leaving room for the piece that runs past it and a collection's pause (30–60 ms in Chromium at 100,000 lots:
 * at 50 and at 40, the pane benchmark saw stretches of 100–117 ms).
 */
export const YIELD_AFTER_MS = 30;

export interface PaceTimer {
  now(): number;
  /** Gives the thread back; resolves in a later task. */
  yieldThread(): Promise<void>;
}

export function createPace(onProgress: (progress: Progress) => void, timer: PaceTimer = browserTimer): Pace {
  let since = timer.now();
  return async (progress) => {
    if (timer.now() - since < YIELD_AFTER_MS) return;
    onProgress(progress);
    await timer.yieldThread();
    since = timer.now();
  };
}

/**
 * `scheduler.yield()` where the browser has it (its continuation goes before other queued tasks); else a
 * MessageChannel message, a new task without setTimeout's clamping to 4 ms.
 */
export function yieldThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === "function" ? scheduler.yield() : nextTask();
}

/**
 * Longest the pane goes without a frame. A `scheduler.yield()` continuation runs before other queued tasks
 * (developer.chrome.com/blog/use-scheduler-yield), and Chromium let it run ahead of rendering too, so a pane
 * yielding every 50 ms still showed no frame, and no progress, for 150–230 ms (the pane benchmark's gaps between
 * frames). Past this, the yield waits for the next frame. Under the pace's 30 ms, so that every pace's yield lets
 * a frame through: at 50, a task of 49 ms let the next one run before a frame, and two such tasks left 100–117 ms
 * without one.
 */
export const FRAME_AFTER_MS = 25;
/** A frame that does not come (a hidden pane draws none) holds the work up no longer than this. */
const FRAME_WAIT_MS = 100;

/** What `frameYield` needs of the page: its clock, its frames, its timers and its plain yield. */
export interface FrameClock {
  now(): number;
  requestFrame(callback: () => void): void;
  setTimer(callback: () => void, ms: number): void;
  yieldThread(): Promise<void>;
}

/**
 * A yield that gives the browser a frame when it has drawn none for `FRAME_AFTER_MS`: it notes each frame drawn
 * (a frame callback asked for at every yield), and when the last is too old it waits for the next one (or
 * `FRAME_WAIT_MS`) before yielding as usual.
 */
export function frameYield(clock: FrameClock): () => Promise<void> {
  let lastFrame = clock.now();
  let nextFrame: Promise<void> | undefined;
  const frame = () =>
    (nextFrame ??= new Promise((resolve) =>
      clock.requestFrame(() => {
        lastFrame = clock.now();
        nextFrame = undefined;
        resolve();
      }),
    ));
  return async () => {
    const drawn = frame();
    if (clock.now() - lastFrame >= FRAME_AFTER_MS) await Promise.race([drawn, new Promise<void>((resolve) => clock.setTimer(resolve, FRAME_WAIT_MS))]);
    await clock.yieldThread();
  };
}

/** The pane's clock and yield: the page's, its frames given their turn. */
export const browserTimer: PaceTimer = {
  now: () => performance.now(),
  // Where there are frames (the pane); Node and tests without them yield plainly.
  yieldThread:
    typeof requestAnimationFrame === "function"
      ? frameYield({ now: () => performance.now(), requestFrame: (callback) => requestAnimationFrame(callback), setTimer: (callback, ms) => setTimeout(callback, ms), yieldThread })
      : yieldThread,
};
