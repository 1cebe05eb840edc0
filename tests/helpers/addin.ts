/**
 * The add-in as the task pane runs it (`createOfficeHost`: the Office.js adapter, the core, the summary writer)
 * over the fake Excel host, stamped with the moment the CLI helper stamps its reports with, so that both shells
 * must write the same summary.
 */
/// <reference types="office-js" />
import type { Lang } from "../../src/core/finding";
import type { FakeExcel } from "../../src/fake-excel";
import { DEFAULT_SETTINGS, type AddinHost, type PaneSettings } from "../../src/taskpane/host";
import { createOfficeHost } from "../../src/taskpane/office-host";
import { SEED_TODAY } from "./sample";

/** The local time `run()` of ./cli passes as `generatedAt` ("2018-09-30 09:00") and as today. */
export const ADDIN_NOW = new Date(SEED_TODAY.year, SEED_TODAY.month - 1, SEED_TODAY.day, 9, 0);

/** The pane's defaults, which must be the CLI's. */
export function paneSettings(lang: Lang): PaneSettings {
  return { ...DEFAULT_SETTINGS, lang };
}

/**
 * The pane's host on `fake`, for a document saved as `fileName`. The adapter asks the global `Office` which
 * requirement sets the host implements, as it does in Excel; the last host made answers for it.
 */
export function addinOn(fake: FakeExcel, fileName: string): AddinHost {
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "ko-KR",
      document: { url: fileName, settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
      requirements: { isSetSupported: fake.isSetSupported },
    },
  } as unknown as typeof Office;
  (globalThis as { Office?: typeof Office }).Office = office;
  return createOfficeHost(office, fake.run, () => ADDIN_NOW);
}
