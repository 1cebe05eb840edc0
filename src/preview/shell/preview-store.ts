/**
 * The preview page's state: which file is open, the fake workbook the pane's shim reports, and errors. Each
 * file opened starts a session with a fresh pane (its iframe is keyed on the session) and a fresh
 * `window.budgetCheckPreview`, so that a pane still finishing on the previous file cannot draw over the new one.
 */
import type { FakeWorkbook } from "../../fake-excel/model";
import type { CellEdit, PreviewParent, PreviewWindow } from "../protocol";

export interface PreviewState {
  readonly session: number;
  readonly fileName?: string;
  readonly workbook?: FakeWorkbook;
  /** Types into the workbook's cells through the pane's fake host. */
  readonly edit?: CellEdit;
  /** Bumped whenever the workbook (a mutable model) changed, so views redraw. */
  readonly revision: number;
  readonly error?: string;
}

export interface PreviewStore {
  getState(): PreviewState;
  subscribe(listener: () => void): () => void;
  /** Opens a file in a fresh pane. */
  open(name: string, bytes: Promise<ArrayBuffer>): void;
  /** The page itself changed the workbook (a sheet tab or a cell clicked). */
  changed(): void;
  /** The user typed into a cell in the formula bar. */
  editCell(sheet: string, address: string, text: string): void;
}

export function createPreviewStore(page: PreviewWindow): PreviewStore {
  let state: PreviewState = { session: 0, revision: 0 };
  const listeners = new Set<() => void>();
  const set = (change: Partial<PreviewState>) => {
    state = { ...state, ...change };
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(name, bytes) {
      const session = state.session + 1;
      const current = () => state.session === session;
      const parent: PreviewParent = {
        workbook: () => bytes.then((data) => ({ name, bytes: data })),
        show(workbook, edit) {
          if (current()) set({ workbook, edit, revision: state.revision + 1 });
        },
        failed(message) {
          if (current()) set({ error: message });
        },
      };
      page.budgetCheckPreview = parent;
      bytes.catch((error: unknown) => parent.failed(error instanceof Error ? error.message : String(error)));
      set({ session, fileName: name, workbook: undefined, edit: undefined, error: undefined });
    },
    changed: () => set({ revision: state.revision + 1 }),
    editCell(sheet, address, text) {
      state.edit?.(sheet, address, text);
      set({ revision: state.revision + 1 });
    },
  };
}
