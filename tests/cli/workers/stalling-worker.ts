/**
 * A pool process like src/cli/folder/worker.ts, except that a file whose name says `stalled` is never answered:
 * the read of a file on a network share that has gone away.
 */
import { checkFile, type FileTask } from "../../../src/cli/folder/file-task";
import { serveTasks } from "../../../src/cli/folder/serve-tasks";

serveTasks((task: FileTask) => (task.file.includes("stalled") ? new Promise(() => undefined) : checkFile(task)));
