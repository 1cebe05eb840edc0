/// <reference types="office-js" />
/** What Office hands a ribbon function: it must be told when the function is done. */
interface CommandEvent {
  completed(): void;
}

/** What the buttons do: the pane's store's actions, so that the result shows in the pane. */
export interface RibbonActions {
  validate(): Promise<void>;
  generateSummary(): Promise<void>;
}

/**
 * Binds the manifest's ribbon actions to the pane's store actions. The pane is shown first, so the user sees the
 * progress and the result there (shared runtime).
 */
export function registerCommands(office: typeof Office, store: RibbonActions): void {
  const command = (action: () => Promise<void>) => async (event?: CommandEvent) => {
    try {
      await showPane(office);
      await action();
    } finally {
      event?.completed();
    }
  };
  office.actions.associate("validate", command(store.validate));
  office.actions.associate("generateSummary", command(store.generateSummary));
}

async function showPane(office: typeof Office): Promise<void> {
  if (!office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
  try {
    await office.addin.showAsTaskpane();
  } catch {
    // The action still runs; its result is in the store when the user opens the pane.
  }
}
