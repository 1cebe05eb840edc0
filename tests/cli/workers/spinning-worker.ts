/**
 * A pool thread like src/cli/folder/worker.ts, except that a file whose name says `spin` keeps it busy forever in
 * synchronous code: the hang of a parser gone quadratic, which no timer on that thread could ever interrupt.
 */
import { parentPort, threadId } from "node:worker_threads";
import { checkFile, WORKER_READY, type FileTask } from "../../../src/cli/folder/file-task";

function spinForever(): void {
  for (;;) Math.random();
}

parentPort?.on("message", (task: FileTask) => {
  if (task.file.includes("spin")) spinForever();
  void checkFile(task).then((outcome) => parentPort?.postMessage({ outcome, threadId }));
});
parentPort?.postMessage(WORKER_READY);
