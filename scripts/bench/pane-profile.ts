/**
 * Where a long stretch of the pane's thread goes: one action of the pane in Chromium (as `npm run bench -- pane`
 * runs it) under a CPU profile and a trace, then each task over `--min-ms` split into the fake host's part, garbage
 * collection and ours, with ours' heaviest functions (inclusive samples, mapped through dist/'s source maps).
 *
 *   npx tsx scripts/bench/pane-profile.ts 100000 validate|generate|edit [--min-ms 50] [--tasks]
 *
 * `--tasks` profiles nothing (a profile's sampling and trace slow garbage collection several times over): it lists
 * the action's long tasks as the pane benchmark records them, each with our part (the host's round trips taken out)
 * and the progress line drawn last before it, which says what the pane was doing.
 *
 * The register comes from out/bench/ (written when missing). Generate and the edit run after a Validate that is
 * not profiled. Trace events and profile samples share Chromium's monotonic clock (microseconds).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession } from "playwright-core";
import { SourceMapConsumer } from "source-map";
import { koreanContext, launchChromium, watchedPage } from "../../tests/e2e/support/browser";
import { ensureBuilt } from "../preview/build";
import { startPreviewServer } from "../preview/server";
import { ROOT } from "./measure";
import { hostPart } from "./pane-figures";
import { actionScript, HOST_TIMER, RECORDER, type Recorded, type Trigger } from "./pane-recorder";
import { writeBenchWorkbook } from "./workbook";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}
interface TraceEvent {
  readonly name: string;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
}

const TRIGGERS: Record<string, Trigger> = {
  validate: { kind: "validate", label: "검증" },
  generate: { kind: "generate", label: "요약 시트 만들기" },
  edit: { kind: "edit", sheet: "장비", address: "D4", value: 0 },
};
const TIMEOUT_MS = 15 * 60_000;
/** The tasks of the page's thread, and the microtasks run after them (where awaited work continues). */
/** Garbage collection pauses as devtools.timeline records them. */
const GC_EVENTS = /^(MinorGC|MajorGC)$/;
const TASK_EVENTS = /^(ThreadControllerImpl::RunTask|BlinkScheduler_PerformMicrotaskCheckpoint)$/;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "min-ms": { type: "string", default: "50" }, tasks: { type: "boolean", default: false } } });
  const [lotsArg = "100000", action = "validate"] = positionals;
  const lots = Number(lotsArg);
  const trigger = TRIGGERS[action];
  if (!Number.isInteger(lots) || lots < 1 || trigger === undefined) throw new Error("usage: pane-profile.ts LOTS validate|generate|edit [--min-ms 50]");
  const file = join(ROOT, `out/bench/inventory-${lots}.xlsx`);
  if (!existsSync(file)) await writeBenchWorkbook(file, lots);
  await ensureBuilt((text) => process.stderr.write(`${text}\n`));
  const server = await startPreviewServer({ localOfficeJs: false });
  const browser = await launchChromium();
  try {
    const context = await koreanContext(browser, 350, 900);
    await context.addInitScript(RECORDER);
    const path = `/fixtures/inventory-${lots}.xlsx`;
    const { page } = await watchedPage(context, server.origin, { [path]: readFileSync(file) });
    page.setDefaultTimeout(TIMEOUT_MS + 60_000);
    await page.goto(`${server.origin}/taskpane.html?workbook=${path}`);
    await page.getByRole("button", { name: "검증", exact: true }).waitFor({ timeout: TIMEOUT_MS });
    await page.evaluate(HOST_TIMER);
    if (trigger.kind !== "validate") await page.evaluate(actionScript(TRIGGERS.validate, TIMEOUT_MS));
    if (values.tasks) {
      const recorded = (await page.evaluate(actionScript(trigger, TIMEOUT_MS))) as Recorded;
      process.stdout.write(`${longTasks(recorded, Number(values["min-ms"]))}\n`);
      return;
    }
    const cdp = await context.newCDPSession(page);
    const { profile, trace } = await recorded(cdp, () => page.evaluate(actionScript(trigger, TIMEOUT_MS)));
    process.stdout.write(`${report(profile, trace, Number(values["min-ms"]) * 1000)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The profile and the trace of what `run` makes the page do. */
async function recorded(cdp: CDPSession, run: () => Promise<unknown>): Promise<{ profile: Profile; trace: TraceEvent[] }> {
  const trace: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) => trace.push(...(value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline", transferMode: "ReportEvents" });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await run();
  const { profile } = await cdp.send("Profiler.stop");
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await complete;
  return { profile: profile as Profile, trace };
}

function report(profile: Profile, trace: readonly TraceEvent[], minUs: number): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at)!);
    return stack;
  };
  const isHost = (id: number) => stackOf(id).some((node) => node.callFrame.url.includes("fake-host"));
  const isGc = (id: number) => nodes.get(id)!.callFrame.functionName === "(garbage collector)";
  const samples: { at: number; id: number }[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => samples.push({ at: (at += profile.timeDeltas[i]), id }));

  const mainThread = busiestThread(trace);
  const tasks = trace.filter((e) => e.tid === mainThread && TASK_EVENTS.test(e.name) && (e.dur ?? 0) >= minUs && e.ts >= profile.startTime);
  const where = sourceMapped();
  const lines: string[] = [];
  for (const task of tasks) {
    const inside = samples.filter((s) => s.at >= task.ts && s.at <= task.ts + task.dur!);
    const ours = inside.filter((s) => !isHost(s.id));
    const share = (n: number) => `${Math.round((task.dur! / 1000) * (n / Math.max(inside.length, 1)))} ms`;
    lines.push(`task ${Math.round(task.dur! / 1000)} ms: host ${share(inside.length - ours.length)}, ours ${share(ours.length)} (of it garbage collection ${share(ours.filter((s) => isGc(s.id)).length)})`);
    const pauses = gcPauses(trace, mainThread, task);
    if (pauses !== "") lines.push(`    pauses: ${pauses}`);
    const inclusive = new Map<string, number>();
    for (const s of ours) for (const frame of new Set(stackOf(s.id).map((node) => where(node.callFrame)))) inclusive.set(frame, (inclusive.get(frame) ?? 0) + 1);
    const heaviest = [...inclusive].filter(([frame]) => frame !== "(root)").sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [frame, count] of heaviest) lines.push(`    ${share(count).padStart(7)}  ${frame}`);
  }
  return lines.join("\n");
}

/**
 * Each long task and each gap between frames over `minMs` by our part, in order, with what the pane showed last
 * before it; a gap names the long tasks inside it (a gap of two tasks is a yield that let no frame through).
 */
function longTasks({ ms, tasks, gaps, host, timeline }: Recorded, minMs: number): string {
  const hostMs = host.reduce((sum, [, duration]) => sum + duration, 0);
  const lines = [`the action took ${Math.round(ms)} ms, ${Math.round(ms - hostMs)} ms of it ours (the host's round trips apart); tasks and frame gaps whose part of ours is over ${minMs} ms:`];
  const stretches = [...tasks.map((task) => ["task", task] as const), ...gaps.map((gap) => ["gap", gap] as const)].sort((a, b) => a[1][0] - b[1][0]);
  for (const [kind, stretch] of stretches) {
    const ours = stretch[1] - hostPart(stretch, host);
    if (ours < minMs) continue;
    const shown = timeline.filter(([at]) => at <= stretch[0]).pop()?.[1] ?? "(no progress line yet)";
    const inside = kind === "gap" ? tasks.filter(([at, duration]) => at < stretch[0] + stretch[1] && at + duration > stretch[0]).map(([, duration]) => Math.round(duration)) : [];
    const within = kind === "gap" ? ` (long tasks in it: ${inside.length === 0 ? "none" : inside.map((d) => `${d} ms`).join(", ")})` : "";
    lines.push(`  ${kind} ${Math.round(ours)} ms of ${Math.round(stretch[1])} ms${within}, after “${shown}”`);
  }
  return lines.join("\n");
}

/** The task's garbage collection pauses by kind (the trace's MinorGC, a scavenge; MajorGC, a mark-compact's pause): count and longest. */
function gcPauses(trace: readonly TraceEvent[], thread: number, task: TraceEvent): string {
  const kinds = new Map<string, { count: number; longest: number; total: number }>();
  for (const e of trace) {
    if (e.tid !== thread || !GC_EVENTS.test(e.name) || e.ts < task.ts || e.ts > task.ts + task.dur!) continue;
    const kind = kinds.get(e.name) ?? { count: 0, longest: 0, total: 0 };
    kind.count += 1;
    kind.longest = Math.max(kind.longest, e.dur ?? 0);
    kind.total += e.dur ?? 0;
    kinds.set(e.name, kind);
  }
  const ms = (us: number) => `${Math.round(us / 1000)} ms`;
  return [...kinds].map(([name, k]) => `${name} ${k.count}× (${ms(k.total)}, longest ${ms(k.longest)})`).join(", ");
}

/** The thread whose tasks took longest: the page's main thread. */
function busiestThread(trace: readonly TraceEvent[]): number {
  const busy = new Map<number, number>();
  for (const e of trace) if (TASK_EVENTS.test(e.name)) busy.set(e.tid, (busy.get(e.tid) ?? 0) + (e.dur ?? 0));
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
}

/** A frame as `function file:line`, through dist/'s source maps for the pane's own bundles. */
function sourceMapped(): (frame: CallFrame) => string {
  const maps = new Map<string, SourceMapConsumer>();
  return ({ functionName, url, lineNumber, columnNumber }) => {
    const file = url.slice(url.lastIndexOf("/") + 1);
    if (!/^(taskpane|vendor)\.[0-9a-f]+\.js$/.test(file)) return functionName || `(${file || "native"})`;
    if (!maps.has(file)) maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(join(ROOT, "dist", `${file}.map`), "utf8"))));
    const source = maps.get(file)!.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    return `${source.name ?? functionName} ${String(source.source).replace(/^webpack:\/\/[^/]*\//, "")}:${source.line}`;
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
