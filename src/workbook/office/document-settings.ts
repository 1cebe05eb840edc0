/// <reference types="office-js" />
/**
 * `Office.context.document.settings` (Common API), as the add-in keeps text in it: each value saved into the
 * document and read back from it right away, so a setting that did not stick is known when it is written.
 */


interface SettingsResult {
  readonly status: unknown;
  readonly error?: unknown;
}

/** The part of `Office.Settings` used here; `refreshAsync` reads back what the document holds. */
interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: SettingsResult) => void): void;
  refreshAsync(callback?: (result: SettingsResult) => void): void;
}

/** The document's settings, and the status Office reports success with (`Office.AsyncResultStatus.Succeeded`). */
export interface DocumentSettings {
  readonly store: SettingsStore;
  readonly succeeded: unknown;
}

export function documentSettingsOf(office: typeof Office): DocumentSettings {
  return { store: office.context.document.settings, succeeded: office.AsyncResultStatus.Succeeded };
}

/** The text kept under `name`, or null. */
export function settingText({ store }: DocumentSettings, name: string): string | null {
  const value = store.get(name);
  return typeof value === "string" ? value : null;
}

/** Saves `value` under `name` into the document and reads it back: rejects with Office's error, or when it did not stick. */
export async function saveSettingText(settings: DocumentSettings, name: string, value: string): Promise<void> {
  const { store, succeeded } = settings;
  store.set(name, value);
  const done = (call: (callback: (result: SettingsResult) => void) => void) =>
    new Promise<void>((resolve, reject) => call((result) => (result.status === succeeded ? resolve() : reject(result.error))));
  await done((callback) => store.saveAsync(callback));
  await done((callback) => store.refreshAsync(callback));
  if (settingText(settings, name) !== value) throw new SettingNotKeptError(name);
}

/** A setting saved but not there when read back: shaped as the general failure the pane words. */
export class SettingNotKeptError extends Error {
  readonly code = "GeneralException";

  constructor(readonly setting: string) {
    super(`the document setting ${setting} was saved but does not read back`);
    this.name = "SettingNotKeptError";
  }
}
