import { parentPort, threadId } from "node:worker_threads";
import { checkFile, WORKER_READY, type FileTask } from "./file-task";

/** A pool thread: checks each file it is sent and posts the outcome back, with its thread id. */
parentPort?.on("message", (task: FileTask) => {
  void checkFile(task).then((outcome) => parentPort?.postMessage({ outcome, threadId }));
});
parentPort?.postMessage(WORKER_READY);
