/** What the figures were measured on: hardware, Node, the date, how busy the machine was, and a yardstick. */
import { cpus, loadavg, totalmem } from "node:os";
import { median } from "./measure";

export interface Machine {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** The 1-minute load average when the run started and ended: other processes share the cores. */
  readonly loadStart: number;
  loadEnd: number;
  /** Milliseconds of a fixed piece of JavaScript (see `yardstick`), median of 5: compare machines by it. */
  readonly yardstickMs: number;
}

export function describeMachine(): Machine {
  const runs = Array.from({ length: 5 }, yardstick);
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    loadStart: loadavg()[0],
    loadEnd: loadavg()[0],
    yardstickMs: median(runs),
  };
}

/** 50 million integer additions and a million small objects: CPU and allocation, nothing else. */
function yardstick(): number {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < 50_000_000; i++) sum += i & 7;
  const objects: { i: number }[] = [];
  for (let i = 0; i < 1_000_000; i++) objects.push({ i });
  if (sum < 0 || objects.length === 0) throw new Error("unreachable");
  return performance.now() - start;
}
