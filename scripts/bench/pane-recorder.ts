/**
 * What the pane benchmark runs inside the page, as source text: tsx compiles this repository's functions with
 * esbuild's `keepNames`, whose `__name` helper does not exist in the page, so functions handed to Playwright
 * would fail there.
 *
 * The recorder (an init script, before the pane's own scripts) keeps, from `paneBench.since` on, the long tasks
 * (PerformanceObserver "longtask", over 50 ms each) and, as a check on them, the gaps over 50 ms between
 * animation frames, and at every frame the pane's progress line. `HOST_TIMER` wraps the fake host's `sync`, so
 * every round trip is timed from the page.
 */
import type { Interval } from "./pane-figures";

export const RECORDER = `(() => {
  const bench = { since: Infinity, tasks: [], gaps: [], host: [], progress: [], timeline: [] };
  Object.defineProperty(window, "paneBench", { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= bench.since) bench.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    console.warn("no long-task timing in this browser: only frame gaps are recorded");
  }
  let last = 0;
  const frame = (now) => {
    if (last >= bench.since && now - last > 50) bench.gaps.push([last, now - last]);
    last = now;
    const label = document.querySelector("[role=status] .fui-Spinner__label");
    const text = label ? label.textContent : "";
    if (now >= bench.since && text && bench.progress[bench.progress.length - 1] !== text) bench.progress.push(text);
    if (now >= bench.since && text && bench.timeline[bench.timeline.length - 1]?.[1] !== text) bench.timeline.push([now, text]);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export const HOST_TIMER = `(async () => {
  const fake = await window.budgetCheckFake;
  const bench = window.paneBench;
  const sync = fake.sync.bind(fake);
  fake.sync = async (context) => {
    const start = performance.now();
    try {
      await sync(context);
    } finally {
      bench.host.push([start, performance.now() - start]);
    }
  };
})()`;

/** How an action starts: a button of the pane by its text, or an edit typed into a cell through the fake host. */
export type Trigger =
  | { readonly kind: "validate" | "generate" | "filter"; readonly label: string }
  | { readonly kind: "edit"; readonly sheet: string; readonly address: string; readonly value: unknown };

export interface Recorded {
  readonly ms: number;
  readonly tasks: Interval[];
  readonly gaps: Interval[];
  readonly host: Interval[];
  readonly progress: string[];
  /** Each progress line with when it was first drawn (the page's clock). */
  readonly timeline: [number, string][];
  /** The counts line after the action (`검증 결과: 오류 0건, 경고 7건, 정보 13건`). */
  readonly counts: string;
}

/**
 * The page's code for one action: starts recording, triggers it, waits, frame by frame, until its result is
 * drawn (Validate: counts shown and the pane idle, its list too; Generate: the "written" notice; a filter: the
 * next frame; an edit: the counts changed and the list redrawn), then hands back the time and what was recorded. An edit's time runs from its
 * re-check's first round trip, so that the pane's 300 ms of quiet after an edit is not counted.
 */
export function actionScript(trigger: Trigger, timeoutMs: number): string {
  return `(async (trigger, timeoutMs) => {
  const bench = window.paneBench;
  const countsNow = () => {
    const match = /검증 결과: [^<]*?정보 [\\d,]+건/.exec(document.querySelector("main")?.textContent ?? "");
    return match ? match[0] : "";
  };
  // No action running and no progress line: the list, ordered after the counts are drawn, is shown too.
  const idle = () => document.querySelector("main")?.getAttribute("aria-busy") === "false" && !document.querySelector("[role=status] .fui-Spinner__label");
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await nextFrame();
  const before = countsNow();
  Object.assign(bench, { tasks: [], gaps: [], host: [], progress: [], timeline: [] });
  bench.since = performance.now();
  const start = performance.now();
  if (trigger.kind === "edit") {
    (await window.budgetCheckFake).edit(trigger.sheet, trigger.address, [[trigger.value]]);
  } else {
    const button = Array.from(document.querySelectorAll("button")).find((b) => (b.textContent ?? "").startsWith(trigger.label));
    if (!button) throw new Error("no button " + trigger.label);
    button.click();
  }
  const done = {
    validate: () => idle() && countsNow() !== "",
    generate: () => idle() && (document.querySelector("main")?.textContent ?? "").includes("요약 시트를 만들었습니다"),
    filter: () => true,
    edit: () => countsNow() !== before && idle(),
  }[trigger.kind];
  await new Promise((resolve, reject) => {
    const check = () => {
      if (done()) resolve();
      else if (performance.now() - start > timeoutMs) reject(new Error(trigger.kind + ": not done after " + timeoutMs + " ms"));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const end = performance.now();
  bench.since = Infinity;
  // Long-task entries are delivered after their task.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const from = trigger.kind === "edit" && bench.host.length > 0 ? bench.host[0][0] : start;
  return { ms: end - from, tasks: bench.tasks, gaps: bench.gaps, host: bench.host, progress: bench.progress, timeline: bench.timeline, counts: countsNow() };
})(${JSON.stringify(trigger)}, ${timeoutMs})`;
}

/** Elements in the pane's document. */
export const DOM_NODES = `document.querySelectorAll("*").length`;

/** The severity badge with the most findings, by its label (`정보 29,967`): pressing it is the heaviest filter. */
export const BIGGEST_BADGE = `(() => {
  const badges = Array.from(document.querySelectorAll("[role=group] button[aria-pressed]"));
  const counted = badges.map((b) => ({ label: (b.textContent ?? "").trim(), n: Number(((b.textContent ?? "").match(/[\\d,]+/) ?? ["0"])[0].replace(/,/g, "")) }));
  counted.sort((a, b) => b.n - a.n);
  return counted[0] ? counted[0].label : "";
})()`;
