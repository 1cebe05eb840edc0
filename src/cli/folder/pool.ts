import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { threadId, Worker } from "node:worker_threads";
import { sayFailure } from "../messages";
import { checkFile, type FileOutcome, type FileTask } from "./file-task";

export interface Checked {
  readonly outcome: FileOutcome;
  /** The thread that checked the file (0: the main thread). */
  readonly threadId: number;
}

/** One worker per core, never more workers than files. */
export function poolSize(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * Checks every file, each on the next free worker thread, and returns the outcomes in the tasks' order.
 * With a pool of one, the main thread checks them itself: a thread costs more to start than it saves.
 */
export async function checkFiles(tasks: readonly FileTask[], size = poolSize(tasks.length)): Promise<Checked[]> {
  if (size <= 1) {
    const results: Checked[] = [];
    for (const task of tasks) results.push({ outcome: await checkFile(task), threadId });
    return results;
  }
  const results: Checked[] = new Array(tasks.length);
  let next = 0;
  const work = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = startWorker();
      let current = -1;
      const finish = () => void worker.terminate().then(() => resolve());
      const send = () => {
        if (next >= tasks.length) return finish();
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on("message", (checked: Checked) => {
        results[current] = checked;
        send();
      });
      // A thread that dies takes only its file down: that file is reported, the others still go on.
      worker.on("error", (error) => {
        if (current >= 0) results[current] = { outcome: crashed(tasks[current], error), threadId: worker.threadId };
        current = -1;
        void work().then(resolve);
      });
      send();
    });
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, work));
  return results;
}

function crashed(task: FileTask, error: Error): FileOutcome {
  return { kind: "failed", file: task.file, message: sayFailure(error, task.file, task.lang) };
}

/**
 * The worker runs this module's TypeScript sibling through tsx, as bin/budget-check.js runs the main thread;
 * both paths are resolved here, so the worker finds them whatever the working directory.
 */
function startWorker(): Worker {
  const entry = join(__dirname, `worker${extname(__filename)}`);
  const register = extname(__filename) === ".ts" ? require.resolve("tsx/cjs") : null;
  const boot = "const { workerData: w } = require('node:worker_threads'); if (w.register) require(w.register); require(w.entry);";
  return new Worker(boot, { eval: true, workerData: { entry, register } });
}
