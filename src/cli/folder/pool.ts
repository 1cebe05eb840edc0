import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { say, sayFailure } from "../messages";
import { WORKER_READY, type FileOutcome, type FileTask } from "./file-task";

export interface Checked {
  readonly outcome: FileOutcome;
  /** The process that checked the file. */
  readonly workerId: number;
}

export interface PoolOptions {
  /** How long one file may take, from the moment its worker is given it, before that worker is stopped. */
  readonly timeoutSeconds: number;
  readonly size?: number;
  /** Told of each file as soon as its outcome is known, in the order they finish: its index among the tasks. */
  readonly onChecked?: (index: number, checked: Checked) => void;
  /**
   * The module each worker process runs: one that answers each FileTask sent to it with a Checked, after sending
   * WORKER_READY once (worker.ts, unless another checker is wanted; see serve-tasks.ts).
   */
  readonly workerModule?: string;
}

/** One worker per core, never more workers than files. */
export function poolSize(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * Checks every file, each on the next free worker, and returns the outcomes in the tasks' order. Every file is
 * checked on a worker, even with a pool of one, so that a file stuck past its time can be stopped: its worker is
 * killed, the file is failed as timed out, and a new worker takes the files that remain.
 *
 * Workers are processes, not threads: a thread blocked in a read that never returns (a FIFO, a dead network
 * share) cannot be stopped, and Node waits for it before the process may exit; a process is killed outright.
 */
export async function checkFiles(tasks: readonly FileTask[], options: PoolOptions): Promise<Checked[]> {
  const results: Checked[] = new Array(tasks.length);
  const queue: Queue = {
    tasks,
    next: 0,
    settle: (index, checked) => {
      results[index] = checked;
      options.onChecked?.(index, checked);
    },
  };
  const lane = async () => {
    // A worker stopped on a file (timed out, or crashed) leaves the files after it to a new one.
    while (queue.next < tasks.length) await checkOnWorker(queue, options);
  };
  const size = options.size ?? poolSize(tasks.length);
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, lane));
  return results;
}

interface Queue {
  readonly tasks: readonly FileTask[];
  /** The index of the next task no worker has taken. */
  next: number;
  readonly settle: (index: number, checked: Checked) => void;
}

/**
 * Runs one worker on tasks from the queue until none remain or the worker is stopped; resolves when it has exited,
 * or at once when it is stopped for taking too long.
 */
function checkOnWorker(queue: Queue, { timeoutSeconds, workerModule }: PoolOptions): Promise<void> {
  return new Promise((resolve) => {
    const worker = startWorker(workerModule ?? join(__dirname, `worker${extname(__filename)}`));
    const workerId = worker.pid ?? -1;
    let current: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    let failure: Error | undefined;
    const fail = (outcome: FileOutcome) => {
      if (current !== undefined) queue.settle(current, { outcome, workerId });
      current = undefined;
    };
    const startClock = (task: FileTask) => {
      timer = setTimeout(() => {
        fail({ kind: "failed", file: task.file, message: say("timedOut", task.lang, { file: task.file, seconds: timeoutSeconds }) });
        worker.kill("SIGKILL");
        resolve();
      }, timeoutSeconds * 1000);
    };
    // A file is taken as soon as the worker is started, so each worker has one as it boots; its clock starts
    // when the worker is ready, so that booting is not charged to the file.
    const send = (started: boolean) => {
      if (queue.next >= queue.tasks.length) return void worker.disconnect();
      const index = queue.next++;
      const task = queue.tasks[index];
      current = index;
      if (started) startClock(task);
      worker.send(task);
    };
    worker.on("message", (message: Checked | typeof WORKER_READY) => {
      if (message === WORKER_READY) {
        if (current === undefined) return void worker.disconnect();
        return startClock(queue.tasks[current]);
      }
      clearTimeout(timer);
      if (current !== undefined) queue.settle(current, message);
      current = undefined;
      send(true);
    });
    worker.on("error", (error) => {
      failure = error;
    });
    // A worker that dies takes only its file down: that file is reported, the others still go on. One that dies
    // before it is ready dies on the file it was given, so a worker that cannot start never loops.
    worker.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (current !== undefined) {
        const task = queue.tasks[current];
        const exited = new Error(`worker process exited (${signal ?? `code ${code}`})`);
        fail({ kind: "failed", file: task.file, message: sayFailure(failure ?? exited, task.file, task.lang) });
      }
      resolve();
    });
    send(false);
  });
}

/**
 * The worker runs its TypeScript module through tsx when this one runs as TypeScript, as bin/budget-check.js runs
 * the main process; both paths are resolved here, so the worker finds them whatever the working directory.
 */
function startWorker(entry: string): ChildProcess {
  // Its output is not the user's: outcomes come back as messages, and a crash is reported by its exit.
  const execArgv = extname(__filename) === ".ts" ? ["--require", require.resolve("tsx/cjs")] : [];
  return fork(entry, [], { execArgv, serialization: "advanced", stdio: ["ignore", "ignore", "ignore", "ipc"] });
}
