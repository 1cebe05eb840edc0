import type { WorkbookRecord } from "../../src/core/stamp/record";
import type { SummaryBook } from "../../src/core/summary/sheet-spec";
import { HostError, type CheckedOutcome, type PaneSettings } from "../../src/taskpane/host";
import { createOfficeHost, fileNameOf, SETTINGS_KEY } from "../../src/taskpane/office-host";
import type { RangeRequest, WorkbookSource } from "../../src/workbook/port";
import { openXlsxBuffer } from "../../src/workbook/xlsx";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { checkXlsx, cleanXlsx, located, plantedXlsx, SAMPLE_SHEETS, SEED_TODAY } from "../helpers/sample";

// The Office.js adapter is tested against a fake Excel of its own; here the port reads the sample through the
// .xlsx reader, which gives the same findings, so what is tested is how the host composes the use cases.
const office = {
  source: undefined as WorkbookSource | undefined,
  writeSummaryBook: jest.fn(async (_run: unknown, book: SummaryBook) => ({
    sheetNames: { summary: book.sheets[0].name, replacementPlan: "교체 계획", findings: "검증 결과" },
    renamedBecauseTaken: [] as string[],
  })),
  selectCell: jest.fn(async () => undefined),
  officeErrorMessage: jest.fn((error: unknown, lang: string) => `[${lang}] ${(error as { code: string }).code}`),
  record: { stamp: null, accepted: [] } as WorkbookRecord,
  recordFails: false,
  writeOfficeRecord: jest.fn(async (_run: unknown, record: WorkbookRecord) => void (office.record = record)),
};
jest.mock(
  "../../src/workbook/office",
  () => ({
    // The document's settings are the adapter's own code, run on the fake Office below.
    ...jest.requireActual("../../src/workbook/office/document-settings"),
    // The port reads whichever source the test put in place last.
    createOfficeWorkbook: (run: unknown) => ({
      outline: () => office.source!.outline(),
      readRanges: (requests: readonly RangeRequest[]) => office.source!.readRanges(requests),
      readRecord: async () => {
        if (office.recordFails) throw new Error("no custom XML parts");
        return office.record;
      },
      writeRecord: (record: WorkbookRecord) => office.writeOfficeRecord(run, record),
      writeSummary: (book: SummaryBook) => office.writeSummaryBook(run, book),
    }),
    selectCell: (...args: []) => office.selectCell(...args),
  }),
);

jest.mock("../../src/taskpane/messages/office-errors", () => ({
  officeErrorMessage: (error: unknown, lang: string) => office.officeErrorMessage(error, lang),
}));

const SEED_NOON = new Date(SEED_TODAY.year, SEED_TODAY.month - 1, SEED_TODAY.day, 12, 5);
const SETTINGS: PaneSettings = { dueWithinMonths: 12, lang: "auto", tolerance: 0.5 };

/** Office as the host sees it: language, the document's URL and its settings bag, with saveAsync. */
function fakeOffice(url = "https://contoso.sharepoint.com/sites/finance/Shared%20Documents/2018%20예산.xlsx?web=1") {
  const bag = new Map<string, unknown>();
  let saveFails = false;
  const settings = {
    get: (key: string) => bag.get(key) ?? null,
    set: (key: string, value: unknown) => bag.set(key, value),
    saveAsync: (callback: (result: { status: string; error?: unknown }) => void) =>
      callback(saveFails ? { status: "failed", error: { code: 5001 } } : { status: "succeeded" }),
    refreshAsync: (callback: (result: { status: string }) => void) => callback({ status: "succeeded" }),
  };
  const fake = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { displayLanguage: "ko-KR", document: { url, settings } },
  };
  return { office: fake as unknown as typeof Office, bag, failSaves: () => (saveFails = true) };
}

const run = jest.fn();

beforeEach(async () => {
  office.source = await openXlsxBuffer(await cleanXlsx(), "sample.xlsx");
  office.record = { stamp: null, accepted: [] };
  office.recordFails = false;
  jest.clearAllMocks();
});

describe("the Office host", () => {
  it("validates as the CLI does: same findings, counts, as-of date and the ranges they belong to", async () => {
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const outcome = (await host.validate(SETTINGS, "ko")) as CheckedOutcome;
    const expected = await checkXlsx(await cleanXlsx());
    expect(outcome.kind).toBe("checked");
    expect(outcome.findings.map(located)).toEqual(expected.map(located));
    expect(outcome.counts.error + outcome.counts.warning + outcome.counts.info).toBe(expected.length);
    expect(outcome.asOf).toBe("2018-09-30");
    expect(outcome.ranges.length).toBeGreaterThan(0);
    for (const f of outcome.findings) expect(outcome.ranges.map((r) => r.name)).toContain(f.name);
    expect(outcome.ranges.find((r) => r.kind === "budget")?.sheet).toBeTruthy();
  });

  it("passes the as-of date, window, tolerance and language of the settings to the core", async () => {
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const settings: PaneSettings = { asOf: "2030-01-01", dueWithinMonths: 3, lang: "en", tolerance: 0.5 };
    const outcome = (await host.validate(settings, "en")) as CheckedOutcome;
    expect(outcome.asOf).toBe("2030-01-01");
    const expected = await checkXlsx(await cleanXlsx(), { asOf: { year: 2030, month: 1, day: 1 }, dueWithinMonths: 3, lang: "en" });
    expect(outcome.findings.map((f) => f.message)).toEqual(expected.map((f) => f.message));
  });

  it("answers no-names, with the names looked for, when the workbook names nothing and holds no table to find", async () => {
    const xlsx = await plantedXlsx((fixture) => {
      fixture.names.length = 0;
      // Without this, the tables would be found by their header words.
      for (const sheet of fixture.sheets) sheet.cells = {};
    });
    office.source = await openXlsxBuffer(xlsx, "plain.xlsx");
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const outcome = await host.validate(SETTINGS, "ko");
    expect(outcome.kind).toBe("no-names");
    expect(outcome.kind === "no-names" && outcome.namesLookedFor).toEqual(expect.arrayContaining(["Budget", "예산", "Table_*"]));
    const generated = await host.generateSummary(SETTINGS, "ko");
    expect(generated.kind).toBe("no-names");
    expect(office.writeSummaryBook).not.toHaveBeenCalled();
  });

  it("writes the summary of the validation, stamped with the file name and the shell's clock", async () => {
    const { office: fake } = fakeOffice();
    const host = createOfficeHost(fake, run, () => SEED_NOON);
    const outcome = await host.generateSummary(SETTINGS, "ko");
    expect(office.writeSummaryBook).toHaveBeenCalledTimes(1);
    const [passedRun, book] = office.writeSummaryBook.mock.calls[0];
    expect(passedRun).toBe(run);
    expect(book.sheets[0].name).toBe("요약");
    const text = JSON.stringify(book.sheets[0]);
    expect(text).toContain("2018 예산.xlsx");
    expect(text).toContain("2018-09-30 12:05");
    expect(outcome).toMatchObject({ kind: "written", sheetName: "요약", renamedBecauseTaken: false });
  });

  it("reports when the summary had to take another sheet name", async () => {
    office.writeSummaryBook.mockResolvedValueOnce({
      sheetNames: { summary: "요약 (2)", replacementPlan: "교체 계획", findings: "검증 결과" },
      renamedBecauseTaken: ["summary"],
    });
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    expect(await host.generateSummary(SETTINGS, "ko")).toMatchObject({ sheetName: "요약 (2)", renamedBecauseTaken: true });
  });

  it("reports a summary whose printed page Excel refused", async () => {
    office.writeSummaryBook.mockResolvedValueOnce({ sheetNames: { summary: "요약" }, renamedBecauseTaken: [], printSetupFailed: true } as never);
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    expect(await host.generateSummary(SETTINGS, "ko")).toMatchObject({ kind: "written", sheetName: "요약", printSetupFailed: true });
  });

  it("turns Office errors into HostErrors in the user's language, by code", async () => {
    office.writeSummaryBook.mockRejectedValueOnce({ code: "InsertDeleteConflict", message: "raw" });
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const failure = host.generateSummary(SETTINGS, "en");
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ message: "[en] InsertDeleteConflict", code: "InsertDeleteConflict" });
  });

  it("selects a cell through the adapter", async () => {
    const host = createOfficeHost(fakeOffice().office, run);
    await host.selectCell("예산", "B4");
    expect(office.selectCell).toHaveBeenCalledWith(run, "예산", "B4");
  });

  it("takes Office's display language", () => {
    expect(createOfficeHost(fakeOffice().office, run).displayLanguage).toBe("ko-KR");
  });
});

describe("settings in the document", () => {
  it("round-trip as JSON under one key", async () => {
    const { office: fake, bag } = fakeOffice();
    const host = createOfficeHost(fake, run);
    expect(await host.loadSettings()).toEqual({});
    const settings: PaneSettings = { asOf: "2018-09-30", dueWithinMonths: 6, lang: "en", tolerance: 1 };
    await host.saveSettings(settings);
    expect([...bag.keys()]).toEqual([SETTINGS_KEY]);
    expect(JSON.parse(bag.get(SETTINGS_KEY) as string)).toEqual(settings);
    expect(await createOfficeHost(fake, run).loadSettings()).toEqual(settings);
  });

  it("keep the rule severities in the workbook's record, where the CLI reads them too, and validate with them", async () => {
    const { office: fake, bag } = fakeOffice();
    const host = createOfficeHost(fake, run, () => SEED_NOON);
    const rules = { "inventory/overdue": "off" } as const;
    await host.saveSettings({ ...SETTINGS, rules });
    expect(JSON.parse(bag.get(SETTINGS_KEY) as string)).toEqual(SETTINGS);
    expect(office.record).toEqual({ stamp: null, accepted: [], rules, settings: { [SETTINGS_KEY]: bag.get(SETTINGS_KEY) } });
    expect(await createOfficeHost(fake, run).loadSettings()).toEqual({ ...SETTINGS, rules });
    const outcome = (await host.validate(SETTINGS, "ko")) as CheckedOutcome;
    expect(outcome.findings.filter((f) => f.rule === "inventory/overdue")).toEqual([]);
    expect(outcome.counts.warning).toBe(0);
    // The stamp that validation made says which settings it was made under.
    expect(office.record.stamp?.rules).toEqual([{ rule: "inventory/overdue", level: "off", source: "workbook" }]);

    office.writeOfficeRecord.mockClear();
    await host.saveSettings({ ...SETTINGS, rules });
    expect(office.writeOfficeRecord).not.toHaveBeenCalled();
  });

  it("load with every rule at its default when the record cannot be read", async () => {
    const { office: fake, bag } = fakeOffice();
    bag.set(SETTINGS_KEY, JSON.stringify(SETTINGS));
    office.recordFails = true;
    expect(await createOfficeHost(fake, run).loadSettings()).toEqual(SETTINGS);
  });

  it("ignore what is malformed, field by field", async () => {
    const { office: fake, bag } = fakeOffice();
    bag.set(SETTINGS_KEY, "{not json");
    expect(await createOfficeHost(fake, run).loadSettings()).toEqual({});
    bag.set(SETTINGS_KEY, JSON.stringify({ asOf: "30/09/2018", dueWithinMonths: -1, lang: "fr", tolerance: 2 }));
    expect(await createOfficeHost(fake, run).loadSettings()).toEqual({ tolerance: 2 });
  });

  it("reject the save when Office cannot store them", async () => {
    const { office: fake, failSaves } = fakeOffice();
    failSaves();
    await expect(createOfficeHost(fake, run).saveSettings(SETTINGS)).rejects.toEqual({ code: 5001 });
  });
});

describe("the Office host's record: stamp and accepted findings", () => {
  const plantTotal = (extra: number) =>
    plantedXlsx((f) => patchCell(f, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + extra }));

  it("stamps a validation with no error, and leaves the stamp alone on a repeated Validate", async () => {
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const outcome = (await host.validate(SETTINGS, "ko")) as CheckedOutcome;
    expect(office.writeOfficeRecord).toHaveBeenCalledTimes(1);
    expect(office.record.stamp).toMatchObject({ asOf: "2018-09-30", when: SEED_NOON.toISOString(), counts: { error: 0 } });
    expect(outcome.stamp).toEqual({ when: SEED_NOON.toISOString(), unchanged: true, changed: [] });
    await host.validate(SETTINGS, "ko");
    expect(office.writeOfficeRecord).toHaveBeenCalledTimes(1);
  });

  it("does not stamp a validation with errors, and names the ranges changed since the stamp", async () => {
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    await host.validate(SETTINGS, "ko");
    office.source = await openXlsxBuffer(await plantTotal(90), "planted.xlsx");
    const outcome = (await host.validate(SETTINGS, "en")) as CheckedOutcome;
    expect(office.writeOfficeRecord).toHaveBeenCalledTimes(1);
    expect(outcome.stamp).toEqual({ when: SEED_NOON.toISOString(), unchanged: false, changed: ["Budget"] });
  });

  it("accepts a finding with a reason: no longer an error, listed apart, and lapsing when the numbers change", async () => {
    office.source = await openXlsxBuffer(await plantTotal(90), "planted.xlsx");
    const host = createOfficeHost(fakeOffice().office, run, () => SEED_NOON);
    const before = (await host.validate(SETTINGS, "ko")) as CheckedOutcome;
    const target = before.findings.find((f) => f.rule === "budget/total-mismatch")!;
    office.source = await openXlsxBuffer(await plantTotal(90), "planted.xlsx");
    const after = (await host.acceptFinding!(target, "예산과 승인", SETTINGS, "ko")) as CheckedOutcome;
    expect(after.counts.error).toBe(before.counts.error - 1);
    expect(after.accepted!.map((a) => [a.finding.cell, a.acceptance.reason])).toEqual([["B4", "예산과 승인"]]);
    expect(after.stamp?.unchanged).toBe(true); // no error left open, so the validation was stamped

    office.source = await openXlsxBuffer(await plantTotal(91), "planted.xlsx");
    const lapsed = (await host.validate(SETTINGS, "ko")) as CheckedOutcome;
    expect(lapsed.accepted).toEqual([]);
    expect(lapsed.findings.filter((f) => f.rule === "budget/total-mismatch").map((f) => f.cell)).toEqual(["B4"]);
  });
});

describe("fileNameOf", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/a/Shared%20Documents/2018%20예산.xlsx?web=1", "2018 예산.xlsx"],
    ["https://d.docs.live.net/abc/Budget.xlsx#top", "Budget.xlsx"],
    ["C:\\Users\\kim\\Documents\\2018 예산.xlsx", "2018 예산.xlsx"],
    ["/Users/kim/Documents/100%.xlsx", "100%.xlsx"],
    ["", ""],
  ])("%s → %s", (url, name) => expect(fileNameOf(url)).toBe(name));
});
