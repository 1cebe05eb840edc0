/**
 * The pane's pieces of work, timed in Node (`node --expose-gc --import tsx scripts/bench/pieces-run.ts FILE [--unnamed]`):
 * Validate and Generate summary as the task pane runs them (createOfficeHost over the fake Excel host), with the
 * pane's pacing. A piece is what runs on the thread between two times it is free: the pace giving it back, or a
 * round trip to the host (in Excel the host answers in Excel, so the pane's thread is free meanwhile). Prints
 * one JSON line: per action, the longest pieces, each named by where it started and ended (a progress, or the
 * function of ours that made the round trip). `--unnamed` deletes the `Inventory` name first, so the register
 * is found by its header words, as in most users' workbooks.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createFakeExcel, fakeWorkbookFromXlsx } from "../../src/fake-excel";
import { formatIsoDate } from "../../src/core/values/dates";
import type { Progress } from "../../src/core/progress";
import type { PaneSettings } from "../../src/taskpane/host";
import { benchOfficeHost } from "./bench-host";
import { BENCH_AS_OF } from "./lots";
import type { Piece } from "./pane-figures";

export interface PiecesResult {
  /** The longest pieces first. */
  readonly validate: readonly Piece[];
  readonly generate: readonly Piece[];
}

const SETTINGS: PaneSettings = { asOf: formatIsoDate(BENCH_AS_OF), dueWithinMonths: 12, lang: "ko", tolerance: 0.5 };
/** Pieces printed per action: the longest. */
const SHOWN = 8;

/** `check table 1 of 11, rows 0 of 100053`: a progress as a piece's end. */
function label({ step, ...at }: Progress): string {
  const values = Object.values(at) as number[];
  return values.length === 0 ? step : `${step} ${Object.keys(at).map((key, i) => `${key} ${values[i]}`).join(", ")}`;
}

/** The first function of ours up the stack, outside the fake host and the adapter's `run`. */
function caller(): string {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const ours = frames.find((frame) => frame.includes("/src/") && !frame.includes("/fake-excel/") && !frame.includes("office/run.ts"));
  return ours?.trim().replace(/^at /, "").replace(/\(.*\/src\//, "(").replace(/:\d+\)$/, ")") ?? "?";
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const model = await fakeWorkbookFromXlsx(readFileSync(file), file);
  if (process.argv.includes("--unnamed")) model.names = model.names.filter((name) => name.name !== "Inventory");
  const fake = createFakeExcel(model);
  const host = benchOfficeHost(fake, file);

  // A round trip ends a piece and starts the next: in Excel the pane's thread is free while Excel answers.
  let onSync: (at: "start" | "end") => void = () => undefined;
  const target = fake as unknown as { sync(context: unknown): Promise<void> };
  const sync = target.sync.bind(fake);
  target.sync = async (context) => {
    onSync("start");
    try {
      await sync(context);
    } finally {
      onSync("end");
    }
  };

  const timed = async (action: (onProgress: (progress: Progress) => void) => Promise<unknown>): Promise<Piece[]> => {
    const pieces: Piece[] = [];
    let began = performance.now();
    let from = "start";
    const end = (to: string) => pieces.push({ ms: performance.now() - began, from, to });
    const begin = (at: string) => {
      began = performance.now();
      from = at;
    };
    onSync = (at) => (at === "start" ? end(`round trip from ${caller()}`) : begin("round trip"));
    // The pace gives the thread back right after reporting; a message posted first arrives first in the next task.
    const channel = new MessageChannel();
    let last = "start";
    channel.port1.onmessage = () => begin(last);
    await action((progress) => {
      last = label(progress);
      end(last);
      channel.port2.postMessage(null);
    });
    end("done");
    channel.port1.close();
    onSync = () => undefined;
    return pieces.sort((a, b) => b.ms - a.ms).slice(0, SHOWN).map((piece) => ({ ...piece, ms: Math.round(piece.ms) }));
  };
  // Once unmeasured: what the first run pays for compiling is not the pane's steady work. Before each action a
  // full collection (with --expose-gc), so that the garbage of loading the workbook and of the last action is not
  // collected in the middle of this one's pieces.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  await host.validate(SETTINGS, "ko", () => undefined);
  collect();
  const validate = await timed((onProgress) => host.validate(SETTINGS, "ko", onProgress));
  collect();
  const generate = await timed((onProgress) => host.generateSummary(SETTINGS, "ko", onProgress));
  const result: PiecesResult = { validate, generate };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
