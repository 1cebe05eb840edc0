/// <reference types="office-js" />
import { createOfficeHost } from "../office-host";
import { createPaneStore, type PaneStore } from "./store";

let instance: PaneStore | undefined;

/**
 * The one store of this runtime, on Excel through Office.js. In the shared runtime the pane and the ribbon
 * commands both take it from here, so a ribbon Validate shows its result in the pane. Call after Office.onReady.
 */
export function sharedStore(): PaneStore {
  instance ??= createPaneStore(createOfficeHost(Office, (batch) => Excel.run(batch)));
  return instance;
}
