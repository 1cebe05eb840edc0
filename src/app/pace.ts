/**
 * Pacing for the pane, which shares the browser's one thread with its own rendering (and, inside Excel's
 * webview, with Excel's): long work calls the pace between pieces; once ~50 ms have passed since the last time
 * the thread was given back, it reports the progress and yields, so no task runs much past it.
 */
import { nextTask } from "../core/next-task";
import type { Pace, Progress } from "../core/progress";

/** Work in one task before the browser gets the thread back: half the 100 ms a pane may keep it. */
export const YIELD_AFTER_MS = 50;

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

const browserTimer: PaceTimer = { now: () => performance.now(), yieldThread };
