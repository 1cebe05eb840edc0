import { WORKER_READY, type FileOutcome, type FileTask } from "./file-task";

/**
 * Makes this process a pool worker: each FileTask the pool sends is answered with its outcome and this process's
 * id, after WORKER_READY once.
 */
export function serveTasks(check: (task: FileTask) => Promise<FileOutcome>): void {
  process.on("message", (task: FileTask) => {
    void check(task).then((outcome) => process.send?.({ outcome, workerId: process.pid }));
  });
  process.send?.(WORKER_READY);
}
