import type { Finding, Lang, Severity } from "../../core/finding";
import { HostError, type AddinHost, type PaneSettings, type ValidateOutcome } from "../host";
import { paneText } from "../messages/pane-text";
import { resolveLang, withDefaults } from "../settings";

export type Busy = "validate" | "generate";

export type Notice =
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "written"; readonly sheetName: string; readonly renamedBecauseTaken: boolean };

export interface PaneState {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly busy: Busy | null;
  readonly outcome?: ValidateOutcome;
  readonly notice?: Notice;
  /** The severities whose badges are pressed; none pressed shows every finding. */
  readonly filter: readonly Severity[];
}

/**
 * The pane's state and the actions that change it. The pane renders it and the ribbon commands call the same
 * actions, so in the shared runtime a Validate from the ribbon shows its result in the pane. Actions never
 * throw: a failure becomes an error notice.
 */
export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  /** Reads the workbook's settings once; every other action waits for it. */
  load(): Promise<void>;
  validate(): Promise<void>;
  generateSummary(): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  /** Records the finding as accepted with the reason, and shows the validation that follows. */
  acceptFinding(finding: Finding, reason: string): Promise<void>;
  /** Whether the host can keep acceptances in the workbook. */
  readonly canAccept: boolean;
  saveSettings(settings: PaneSettings): Promise<void>;
  toggleSeverity(severity: Severity): void;
  dismissNotice(): void;
}

export function createPaneStore(host: AddinHost): PaneStore {
  const settings = withDefaults({});
  let state: PaneState = { settings, lang: resolveLang(settings.lang, host.displayLanguage), busy: null, filter: [] };
  const listeners = new Set<() => void>();
  let loading: Promise<void> | undefined;

  const set = (change: Partial<PaneState>) => {
    state = { ...state, ...change };
    if (change.settings) state = { ...state, lang: resolveLang(change.settings.lang, host.displayLanguage) };
    listeners.forEach((listener) => listener());
  };

  /** A HostError already speaks the user's language; anything else is a bug, shown without its raw text. */
  const fail = (error: unknown, fallback: string) => {
    if (!(error instanceof HostError)) console.error(error);
    set({ notice: { kind: "error", message: error instanceof HostError ? error.message : fallback } });
  };

  const run = async (busy: Busy, action: () => Promise<void>) => {
    await store.load();
    if (state.busy) return;
    set({ busy, notice: undefined });
    try {
      await action();
    } catch (error) {
      fail(error, paneText(state.lang)("unexpected"));
    } finally {
      set({ busy: null });
    }
  };

  const store: PaneStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      loading ??= host.loadSettings().then(
        (saved) => set({ settings: withDefaults(saved) }),
        (error: unknown) => fail(error, paneText(state.lang)("unexpected")),
      );
      return loading;
    },
    validate: () =>
      run("validate", async () => {
        const outcome = await host.validate(state.settings, state.lang);
        set({ outcome, filter: [] });
      }),
    generateSummary: () =>
      run("generate", async () => {
        const result = await host.generateSummary(state.settings, state.lang);
        if (result.kind === "no-names") {
          set({ outcome: result, filter: [] });
          return;
        }
        const { sheetName, renamedBecauseTaken } = result;
        set({ outcome: result.validation, filter: [], notice: { kind: "written", sheetName, renamedBecauseTaken } });
      }),
    canAccept: host.acceptFinding !== undefined,
    acceptFinding: (finding, reason) =>
      run("validate", async () => {
        if (!host.acceptFinding) return;
        set({ outcome: await host.acceptFinding(finding, reason, state.settings, state.lang) });
      }),
    async selectFinding(finding) {
      if (!finding.cell) return;
      try {
        await host.selectCell(finding.sheet, finding.cell);
      } catch (error) {
        fail(error, paneText(state.lang)("cannotSelect", { sheet: finding.sheet, cell: finding.cell }));
      }
    },
    async saveSettings(settings) {
      await store.load();
      set({ settings, notice: undefined });
      try {
        await host.saveSettings(settings);
      } catch (error) {
        fail(error, paneText(state.lang)("settingsNotSaved"));
        return;
      }
      // A result on screen should speak for the settings now in force (as-of date, window, language).
      if (state.outcome?.kind === "checked") await store.validate();
    },
    toggleSeverity(severity) {
      const { filter } = state;
      set({ filter: filter.includes(severity) ? filter.filter((s) => s !== severity) : [...filter, severity] });
    },
    dismissNotice: () => set({ notice: undefined }),
  };
  return store;
}
