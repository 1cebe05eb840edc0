/**
 * The add-in as the task pane runs it (`createOfficeHost`: the Office.js adapter, the core, the summary writer)
 * over the fake Excel host, on the clock the CLI helper runs on, so that both shells must write the same summary.
 */
/// <reference types="office-js" />
import type { Lang } from "../../src/core/finding";
import { fakeDocumentSettings, type FakeExcel } from "../../src/fake-excel";
import { DEFAULT_SETTINGS, type AddinHost, type PaneSettings } from "../../src/taskpane/host";
import { createOfficeHost } from "../../src/taskpane/office-host";
import { SEED_NOW } from "./sample";

/** The pane's defaults, which must be the CLI's. */
export function paneSettings(lang: Lang): PaneSettings {
  return { ...DEFAULT_SETTINGS, lang };
}

/**
 * The pane's host on `fake`, for a document saved as `fileName`, its document settings kept in the fake workbook. The adapter asks the global `Office` which
 * requirement sets the host implements, as it does in Excel; the last host made answers for it.
 */
export function addinOn(fake: FakeExcel, fileName: string): AddinHost {
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "ko-KR",
      document: { url: fileName, settings: fakeDocumentSettings(fake.workbook) },
      requirements: { isSetSupported: fake.isSetSupported },
    },
  } as unknown as typeof Office;
  (globalThis as { Office?: typeof Office }).Office = office;
  return createOfficeHost(office, fake.run, () => SEED_NOW);
}
