/// <reference types="office-js" />
import { sharedStore } from "../taskpane/state/shared";
import { registerCommands } from "./register";

// The ribbon's function file. In the shared runtime the pane's page is the function file (manifest.xml): its
// bundle holds this module beside the pane's (webpack.config.js), so the buttons act on the store the pane shows.
Office.onReady(() => registerCommands(Office, sharedStore()));
