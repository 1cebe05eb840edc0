/**
 * A pool process like src/cli/folder/worker.ts, except that a file whose name says `spin` keeps it busy forever in
 * synchronous code: the hang of a parser gone quadratic, which no timer in that process could ever interrupt.
 */
import { checkFile, type FileTask } from "../../../src/cli/folder/file-task";
import { serveTasks } from "../../../src/cli/folder/serve-tasks";

function spinForever(): never {
  for (;;) Math.random();
}

serveTasks((task: FileTask) => (task.file.includes("spin") ? spinForever() : checkFile(task)));
