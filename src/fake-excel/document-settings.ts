/// <reference types="office-js" />
/**
 * `Office.context.document.settings` (Common API) over the fake workbook, and the reopen that Excel for Mac has
 * been reported to do: custom XML parts and document settings gone after save (office-js issue 6091).
 *
 * As Office documents `Office.Settings`: `set` and `remove` change an in-memory copy; `saveAsync` writes that
 * copy into the document; `refreshAsync` reads the document's copy back; values travel as JSON.
 */
import type { FakeWorkbook } from "./model";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** The subset of `Office.Settings` the add-in uses, answering as Office does. */
export interface FakeDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: Callback<void>): void;
  refreshAsync(callback?: Callback<FakeDocumentSettings>): void;
}

export function fakeDocumentSettings(workbook: FakeWorkbook): FakeDocumentSettings {
  let working = new Map(Object.entries(workbook.documentSettings ?? {}));
  const settings: FakeDocumentSettings = {
    get: (name) => (working.has(name) ? (JSON.parse(working.get(name)!) as unknown) : null),
    set: (name, value) => void working.set(name, JSON.stringify(value)),
    remove: (name) => void working.delete(name),
    saveAsync: (callback) => {
      workbook.documentSettings = Object.fromEntries(working);
      later(callback, undefined);
    },
    refreshAsync: (callback) => {
      working = new Map(Object.entries(workbook.documentSettings ?? {}));
      later(callback, settings);
    },
  };
  return settings;
}

function later<T>(callback: Callback<T> | undefined, value: T): void {
  if (callback === undefined) return;
  void Promise.resolve().then(() => callback({ status: "succeeded", value } as unknown as Office.AsyncResult<T>));
}

/** What Excel for Mac was reported to drop on save and reopen. */
export type MacReopenLoss = "customXmlParts" | "settings";

/** The workbook as it comes back after save and reopen on Excel for Mac, losing what `lost` names (issue 6091). */
export function reopenedOnMac(workbook: FakeWorkbook, lost: readonly MacReopenLoss[]): FakeWorkbook {
  return {
    ...workbook,
    ...(lost.includes("customXmlParts") ? { customXmlParts: [] } : { customXmlParts: workbook.customXmlParts?.map((p) => ({ ...p })) }),
    ...(lost.includes("settings") ? { documentSettings: {} } : { documentSettings: { ...workbook.documentSettings } }),
  };
}
