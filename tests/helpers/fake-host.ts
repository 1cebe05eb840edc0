import type { AsOfSource } from "../../src/core/facts";
import { countBySeverity, type Finding, type Lang, type Severity } from "../../src/core/finding";
import type { Progress } from "../../src/core/progress";
import type {
  AddinHost,
  CheckedOutcome,
  CheckedRange,
  GenerateOutcome,
  NoNamesOutcome,
  PaneSettings,
  ValidateOutcome,
} from "../../src/taskpane/host";

/** A finding as the core renders one; only what the pane shows matters here. */
export function finding(severity: Severity, name: string, sheet: string, cell: string, message: string): Finding {
  return { severity, rule: `test/${severity}`, name, sheet, cell, messageId: "test", data: {}, message };
}

export const RANGES: readonly CheckedRange[] = [
  { name: "Budget", kind: "budget", sheet: "예산" },
  { name: "Inventory", kind: "inventory", sheet: "장비" },
  { name: "Staff", kind: "staff", sheet: "" },
];

/** Two groups with every severity, and a broken name whose finding has no cell. */
export const FINDINGS: readonly Finding[] = [
  finding("error", "Budget", "예산", "B4", "합계 1,234,567 ≠ 항목 합 1,234,657"),
  finding("error", "Budget", "예산", "D9", "집행률 80.1% ≠ 79.9%"),
  finding("warning", "Inventory", "장비", "F12", "NB-0031: 교체 예정일 2017-11-30 경과"),
  finding("info", "Inventory", "장비", "F14", "NB-0040: 2019-03-31 교체 예정"),
  finding("error", "Staff", "", "", "이름 Staff가 #REF!를 가리킵니다"),
];

export function checkedOutcome(findings: readonly Finding[] = FINDINGS, asOf = "2018-09-30", asOfSource: AsOfSource = "workbook"): CheckedOutcome {
  return { kind: "checked", findings, counts: countBySeverity(findings), asOf, asOfSource, ranges: RANGES };
}

export const NO_NAMES: NoNamesOutcome = { kind: "no-names", namesLookedFor: ["Budget", "Budget_*", "예산", "Staff"] };

type OnProgress = (progress: Progress) => void;

/** Every method a jest mock, so tests can script answers and read the calls. */
export interface FakeHost extends AddinHost {
  readonly validate: jest.Mock<Promise<ValidateOutcome>, [PaneSettings, Lang, OnProgress?]>;
  readonly generateSummary: jest.Mock<Promise<GenerateOutcome>, [PaneSettings, Lang, OnProgress?]>;
  readonly selectCell: jest.Mock<Promise<void>, [string, string]>;
  readonly loadSettings: jest.Mock<Promise<Partial<PaneSettings>>, []>;
  readonly saveSettings: jest.Mock<Promise<void>, [PaneSettings]>;
}

/** An AddinHost that answers at once with the given outcome; tests replace any method's behaviour with jest. */
export function fakeHost(
  options: { displayLanguage?: string; outcome?: ValidateOutcome; saved?: Partial<PaneSettings> } = {},
): FakeHost {
  const outcome = options.outcome ?? checkedOutcome();
  return {
    displayLanguage: options.displayLanguage ?? "ko-KR",
    validate: jest.fn<Promise<ValidateOutcome>, [PaneSettings, Lang, OnProgress?]>(async () => outcome),
    generateSummary: jest.fn<Promise<GenerateOutcome>, [PaneSettings, Lang, OnProgress?]>(async () =>
      outcome.kind === "checked"
        ? { kind: "written", sheetName: "요약", renamedBecauseTaken: false, validation: outcome }
        : outcome,
    ),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    loadSettings: jest.fn<Promise<Partial<PaneSettings>>, []>(async () => options.saved ?? {}),
    saveSettings: jest.fn<Promise<void>, [PaneSettings]>(async () => undefined),
  };
}

/** A promise the test settles when it chooses: to look at the pane while an action runs. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
