import type { Finding, Lang, Severity } from "../../core/finding";
import type { Progress } from "../../core/progress";
import type { TableKind } from "../../core/kinds";
import { HostError, type AddinHost, type PaneSettings, type RecoveredRecord, type ValidateOutcome } from "../host";
import { paneText } from "../messages/pane-text";
import { resolveLang, withDefaults } from "../settings";
import type { DetectedRange } from "./detected-ranges";
import { keepUnchanged } from "./keep-unchanged";
import { createListing, type Listed } from "./listing";
import { createLiveRecheck } from "./live-recheck";
import { namesAdded } from "./names-added";

export type Busy = "validate" | "generate" | "name";

/**
 * What the pane shows under its buttons: the result, the Set up view in its place, or the settings above it
 * (the result stays in view while the settings are edited).
 */
export type PaneView = "findings" | "setup" | "settings";

export type Notice =
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "written"; readonly sheetName: string; readonly renamedBecauseTaken: boolean; readonly printSetupFailed?: boolean }
  /** The names just defined, as the host chose them; empty when the result after naming does not tell. */
  | { readonly kind: "named"; readonly names: readonly string[] }
  /** The workbook's record was missing and was read from its copy in the document's settings. */
  | ({ readonly kind: "recovered" } & RecoveredRecord);

export interface PaneState {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly busy: Busy | null;
  readonly view: PaneView;
  readonly outcome?: ValidateOutcome;
  /**
   * The last checked result whose findings are ordered for the list: `outcome` itself once its order is made
   * (in pieces, after it arrives), an earlier result until then.
   */
  readonly listed?: Listed;
  readonly notice?: Notice;
  /** The severities whose badges are pressed; none pressed shows every finding. */
  readonly filter: readonly Severity[];
  /** How far the running action has come, when it is long enough to say. */
  readonly progress?: Progress;
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
  openSetup(): void;
  openSettings(): void;
  showFindings(): void;
  /** Selects a found table's range in the sheet, so the user sees what naming it would cover. */
  selectRange(range: DetectedRange): Promise<void>;
  /** Names a found table as its kind, and shows the validation that follows. */
  defineName(range: DetectedRange): Promise<void>;
  /** Names the sheet's selection as a table of that kind, and shows the validation that follows. */
  nameSelection(kind: TableKind): Promise<void>;
  /** Whether the host can name a found table, and the selection. */
  readonly canDefineName: boolean;
  readonly canNameSelection: boolean;
  saveSettings(settings: PaneSettings): Promise<void>;
  toggleSeverity(severity: Severity): void;
  dismissNotice(): void;
  /**
   * The pane is shown: while the settings allow it, an edit in a checked range re-checks that range and the
   * result updates in place. Returns what stops it, for the pane to call as it goes.
   */
  startLive(): () => void;
}

export function createPaneStore(host: AddinHost): PaneStore {
  const settings = withDefaults({});
  let state: PaneState = {
    settings,
    lang: resolveLang(settings.lang, host.displayLanguage),
    busy: null,
    view: "findings",
    filter: [],
  };
  const listeners = new Set<() => void>();
  let loading: Promise<void> | undefined;
  // Bumped by every action that replaces the result, so a live re-check begun before it is not shown after it.
  let generation = 0;

  /** `promptly`: a result listed with its counts, not a frame after them (an edit's re-check). */
  const set = (change: Partial<PaneState>, promptly = false) => {
    state = { ...state, ...change };
    if (change.settings) state = { ...state, lang: resolveLang(change.settings.lang, host.displayLanguage) };
    if (change.settings || "outcome" in change || "busy" in change) live.changed();
    if (change.outcome?.kind === "checked") void list(change.outcome, promptly);
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
    generation += 1;
    set({ busy, notice: undefined, progress: undefined });
    try {
      await action();
    } catch (error) {
      fail(error, paneText(state.lang)("unexpected"));
    } finally {
      set({ busy: null, progress: undefined });
    }
  };

  const select = async (sheet: string, address: string, failed: string) => {
    try {
      await host.selectCell(sheet, address);
    } catch (error) {
      fail(error, failed);
    }
  };

  // The result after naming replaces the one on screen; the Set up view stays, for the next table to name.
  const showNamed = (outcome: ValidateOutcome) =>
    set({ notice: { kind: "named", names: namesAdded(state.outcome, outcome) }, outcome, filter: [] });

  // Asked for a result (from the pane or the ribbon), the user sees it rather than the Set up view.
  const showResult = (change: Partial<PaneState>) =>
    set({ ...change, filter: [], ...(state.view === "setup" && { view: "findings" }) });

  const onProgress = (progress: Progress) => set({ progress });

  const list = createListing((listed) => set({ listed }));

  const live = createLiveRecheck({
    host,
    state: () => state,
    generation: () => generation,
    // The rest of the list keeps its objects, so its rows keep their keys, scroll and focus.
    show: (outcome) => set({ outcome: keepUnchanged(state.outcome, outcome) }, true),
    fail: (error) => fail(error, paneText(state.lang)("unexpected")),
  });

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
        const outcome = await host.validate(state.settings, state.lang, onProgress);
        showResult({ outcome, ...recoveredNotice(outcome) });
      }),
    generateSummary: () =>
      run("generate", async () => {
        const result = await host.generateSummary(state.settings, state.lang, onProgress);
        if (result.kind === "no-names") {
          showResult({ outcome: result });
          return;
        }
        const { sheetName, renamedBecauseTaken, printSetupFailed } = result;
        showResult({ outcome: result.validation, notice: { kind: "written", sheetName, renamedBecauseTaken, ...(printSetupFailed && { printSetupFailed }) } });
      }),
    canAccept: host.acceptFinding !== undefined,
    acceptFinding: (finding, reason) =>
      run("validate", async () => {
        if (!host.acceptFinding) return;
        set({ outcome: await host.acceptFinding(finding, reason, state.settings, state.lang) });
      }),
    async selectFinding(finding) {
      const { sheet, cell } = finding;
      if (cell) await select(sheet, cell, paneText(state.lang)("cannotSelect", { sheet, cell }));
    },
    openSetup: () => set({ view: "setup" }),
    openSettings: () => set({ view: "settings" }),
    showFindings: () => set({ view: "findings" }),
    selectRange: ({ sheet, range }) => select(sheet, range, paneText(state.lang)("cannotSelectRange", { sheet, range })),
    canDefineName: host.defineName !== undefined,
    defineName: (range) =>
      run("name", async () => {
        if (!host.defineName) return;
        showNamed(await host.defineName(range.kind, range.sheet, range.range, state.settings, state.lang));
      }),
    canNameSelection: host.nameSelection !== undefined,
    nameSelection: (kind) =>
      run("name", async () => {
        if (!host.nameSelection) return;
        showNamed(await host.nameSelection(kind, state.settings, state.lang));
      }),
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
    startLive: () => live.start(),
  };
  return store;
}

/** Says so when the record the outcome was checked against came from its copy. */
function recoveredNotice(outcome: ValidateOutcome): { notice?: Notice } {
  return outcome.kind === "checked" && outcome.recordRecovered ? { notice: { kind: "recovered", ...outcome.recordRecovered } } : {};
}
