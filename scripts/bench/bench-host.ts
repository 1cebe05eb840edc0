/**
 * The pane's host as the benchmarks run it in Node: createOfficeHost over a fake Excel, with an `Office` global
 * whose requirement-set answers come from the fake host and whose document settings live in memory.
 */
import type { FakeExcel } from "../../src/fake-excel";
import type { AddinHost } from "../../src/taskpane/host";
import { createOfficeHost } from "../../src/taskpane/office-host";

export function benchOfficeHost(fake: FakeExcel, file: string): AddinHost {
  const settings = new Map<string, unknown>();
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "ko-KR",
      requirements: { isSetSupported: fake.isSetSupported },
      document: {
        url: file,
        settings: {
          get: (key: string) => settings.get(key) ?? null,
          set: (key: string, value: unknown) => settings.set(key, value),
          saveAsync: (done: (result: { status: string }) => void) => done({ status: "succeeded" }),
        },
      },
    },
  };
  // The adapter asks the running Office which requirement sets it implements (officeApiSupport).
  (globalThis as { Office?: unknown }).Office = office;
  return createOfficeHost(office as unknown as typeof Office, fake.run, () => new Date(2018, 8, 30, 12));
}
