import { useSyncExternalStore } from "react";
import type { PaneState, PaneStore } from "./store";

/** The store's current state; the component re-renders when an action changes it. */
export function usePaneState(store: PaneStore): PaneState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
