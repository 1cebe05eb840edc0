/// <reference types="office-js" />
import { sharedStore } from "../taskpane/state/shared";
import { registerCommands } from "./register";

// The function file of hosts without a shared runtime. With one, the task pane page registers the same
// actions itself (src/taskpane/index.tsx), so that they act on the store the pane shows.
Office.onReady(() => registerCommands(Office, sharedStore()));
