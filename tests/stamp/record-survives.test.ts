/**
 * The record survives or says so (issue #15, row 7; office-js issue 6091: custom XML parts and document settings
 * reported lost after save on Excel for Mac). The record is read back as soon as it is written and copied into the
 * document's settings; the pane's settings are copied into the record; a workbook back without either is read
 * from the other, and the pane says so.
 */
import { createFakeExcel, fakeDocumentSettings, fakeWorkbookFromXlsx, reopenedOnMac, type FakeExcel, type FakeWorkbook } from "../../src/fake-excel";
import { fakeWorkbookOf } from "../../src/fake-excel/model";
import { recordFromXml, recordToXml, type WorkbookRecord } from "../../src/core/stamp/record";
import type { CheckedOutcome } from "../../src/taskpane/host";
import { SETTINGS_KEY } from "../../src/taskpane/office-host";
import { readOfficeRecord, writeOfficeRecord, type DocumentSettings, type ExcelRun } from "../../src/workbook/office";
import { RECORD_COPY_SETTING } from "../../src/workbook/office/record";
import { addinOn, paneSettings } from "../helpers/addin";
import { cleanXlsx } from "../helpers/sample";

const record: WorkbookRecord = {
  stamp: { when: "2026-11-25T16:00:00.000Z", version: "0.1.0", asOf: "2018-09-30", counts: { error: 0, warning: 1, info: 2, accepted: 0 }, ranges: [{ name: "Budget", sheet: "예산", hash: "ab" }], hash: "cd" },
  accepted: [{ rule: "budget/rate-mismatch", sheet: "예산", cell: "D6", key: "k", reason: "반올림 차이", when: "2026-11-25T16:00:00.000Z" }],
};

const settingsOf = (workbook: FakeWorkbook): DocumentSettings => ({ store: fakeDocumentSettings(workbook), succeeded: "succeeded" });
const runOf = (fake: FakeExcel) => fake.run as unknown as ExcelRun;

describe("the record in the adapter", () => {
  it("is read back in the round trip that writes it, and a part that does not read back fails the write", async () => {
    const fake = createFakeExcel(fakeWorkbookOf({ 예산: { A1: 1 } }));
    await writeOfficeRecord(runOf(fake), record);
    const add = fake.operations.find((o) => o.label === "CustomXmlPartCollection.add")!;
    expect(fake.operations.find((o) => o.label === "CustomXmlPart.getXml")?.sync).toBe(add.sync);

    fake.failOn({ operation: "CustomXmlPart.getXml" });
    await expect(writeOfficeRecord(runOf(fake), record)).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("keeps a copy in the document's settings, read when the workbook comes back without its part", async () => {
    const fake = createFakeExcel(fakeWorkbookOf({ 예산: { A1: 1 } }));
    await writeOfficeRecord(runOf(fake), record, settingsOf(fake.workbook));
    expect(JSON.parse(fake.workbook.documentSettings![RECORD_COPY_SETTING])).toContain('reason="반올림 차이"');

    const reopened = reopenedOnMac(fake.workbook, ["customXmlParts"]);
    const again = createFakeExcel(reopened);
    expect(await readOfficeRecord(runOf(again), settingsOf(reopened))).toEqual({ ...record, recovered: true });
    // Without the copy there is nothing to say: the workbook reads as never validated.
    const bare = reopenedOnMac(fake.workbook, ["customXmlParts", "settings"]);
    expect(await readOfficeRecord(runOf(createFakeExcel(bare)), settingsOf(bare))).toEqual({ stamp: null, accepted: [] });
  });

  it("reads the part when the settings are gone, and the next write puts the copy back", async () => {
    const fake = createFakeExcel(fakeWorkbookOf({ 예산: { A1: 1 } }));
    await writeOfficeRecord(runOf(fake), record, settingsOf(fake.workbook));
    const reopened = reopenedOnMac(fake.workbook, ["settings"]);
    const again = createFakeExcel(reopened);
    expect(await readOfficeRecord(runOf(again), settingsOf(reopened))).toEqual(record);
    await writeOfficeRecord(runOf(again), record, settingsOf(reopened));
    expect(reopened.documentSettings?.[RECORD_COPY_SETTING]).toBeDefined();
  });
});

describe("the record and the settings in the pane's host", () => {
  it("says the stamp came from its copy when the workbook comes back without its part, and writes the part back", async () => {
    const fake = createFakeExcel(await fakeWorkbookFromXlsx(await cleanXlsx()));
    const first = (await addinOn(fake, "a.xlsx").validate(paneSettings("ko"), "ko")) as CheckedOutcome;
    expect(first.stamp).not.toBeNull();
    expect(first.recordRecovered).toBeUndefined();

    const reopened = createFakeExcel(reopenedOnMac(fake.workbook, ["customXmlParts"]));
    const second = (await addinOn(reopened, "a.xlsx").validate(paneSettings("ko"), "ko")) as CheckedOutcome;
    expect(second.recordRecovered).toEqual({ stampWhen: first.stamp!.when, accepted: 0 });
    expect(second.stamp).toMatchObject({ when: first.stamp!.when, unchanged: true });
    expect(reopened.workbook.customXmlParts).toHaveLength(1);
    const third = (await addinOn(reopened, "a.xlsx").validate(paneSettings("ko"), "ko")) as CheckedOutcome;
    expect(third.recordRecovered).toBeUndefined();
  });

  it("saves the settings, reads them back, copies them into the record, and loads that copy when the settings are gone", async () => {
    const fake = createFakeExcel(await fakeWorkbookFromXlsx(await cleanXlsx()));
    const saved = { ...paneSettings("en"), dueWithinMonths: 24, asOf: "2018-06-30" };
    await addinOn(fake, "a.xlsx").saveSettings(saved);
    expect(JSON.parse(fake.workbook.documentSettings![SETTINGS_KEY])).toBe(JSON.stringify(saved));
    expect(fake.workbook.customXmlParts?.[0].xml).toContain(`key="${SETTINGS_KEY}"`);

    const reopened = createFakeExcel(reopenedOnMac(fake.workbook, ["settings"]));
    expect(await addinOn(reopened, "a.xlsx").loadSettings()).toEqual(saved);
  });
});

describe("settings kept in the record's XML", () => {
  it("round-trip by key beside the stamp and acceptances, and are absent when there are none", () => {
    const withSettings = { ...record, settings: { [SETTINGS_KEY]: '{"dueWithinMonths":24,"note":"<\\"&\\">"}', "budgetCheck.rules": "{}" } };
    expect(recordFromXml(recordToXml(withSettings))).toEqual(withSettings);
    expect(recordFromXml(recordToXml(record))).toEqual(record);
  });
});
