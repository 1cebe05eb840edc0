/**
 * Runs a command as a child process and measures its wall time (in the parent, around the spawn) and peak
 * resident memory (reported by rss-hook.js, preloaded into the child's Node). Statistics over repeated runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RSS_HOOK = join(__dirname, "rss-hook.js");
/** The repository: children resolve `tsx` and the CLI from here. */
export const ROOT = join(__dirname, "../..");

export interface Run {
  readonly ms: number;
  /** Peak resident set size, in MB. */
  readonly rssMb: number;
  readonly exitCode: number;
}

/** One child's run as it ended, however it ended. */
export interface Measured {
  readonly ms: number;
  /** Peak resident set size, in MB; null when the child died before its exit hook (a signal, V8 out of memory). */
  readonly rssMb: number | null;
  /** null when it was killed: by a signal, or at `timeoutMs`. */
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stderr: string;
}

/** `node [nodeArgs] script args…`, stdout discarded, measured; `timeoutMs` kills it (SIGKILL) when it runs longer. */
export function measureNode(script: string, args: readonly string[], options: { nodeArgs?: readonly string[]; timeoutMs?: number } = {}): Measured {
  const dir = mkdtempSync(join(tmpdir(), "bench-rss-"));
  const rssFile = join(dir, "rss");
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), "--require", RSS_HOOK, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs,
      killSignal: "SIGKILL",
    });
    const ms = performance.now() - start;
    const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : null;
    return { ms, rssMb, exitCode: result.status, signal: result.signal, stderr: result.stderr?.toString() ?? "" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `node [nodeArgs] script args…`, stdout discarded; throws unless it exits with one of `okCodes`. */
export function runNode(script: string, args: readonly string[], options: { nodeArgs?: readonly string[]; okCodes?: readonly number[] } = {}): Run {
  const run = measureNode(script, args, options);
  if (run.exitCode === null || run.rssMb === null || !(options.okCodes ?? [0]).includes(run.exitCode)) {
    throw new Error(`${script} ${args.join(" ")} exited with ${run.exitCode ?? run.signal}: ${run.stderr.slice(0, 2000)}`);
  }
  return { ms: run.ms, rssMb: run.rssMb, exitCode: run.exitCode };
}

/**
 * `node [nodeArgs] script args…` with its last stdout line parsed as JSON: the benchmark's in-process parts.
 * A TypeScript script runs through tsx.
 */
export function runJson<T>(script: string, args: readonly string[], nodeArgs: readonly string[] = []): T {
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const result = spawnSync(process.execPath, [...nodeArgs, ...loader, script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed: ${result.stderr.toString().slice(0, 4000)}`);
  const lines = result.stdout.toString().trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
