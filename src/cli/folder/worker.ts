import { checkFile } from "./file-task";
import { serveTasks } from "./serve-tasks";

/** A pool process: checks each file it is sent and sends the outcome back. */
serveTasks(checkFile);
