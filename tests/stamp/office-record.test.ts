import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { createFakeExcel, fakeWorkbookFromXlsx } from "../../src/fake-excel";
import { fakeWorkbookOf } from "../../src/fake-excel/model";
import { rootNamespace } from "../../src/fake-excel/objects/custom-xml";
import { EMPTY_RECORD, RECORD_NAMESPACE, type WorkbookRecord } from "../../src/core/stamp/record";
import type { CheckedOutcome } from "../../src/taskpane/host";
import { readOfficeRecord, writeOfficeRecord, type ExcelRun } from "../../src/workbook/office";
import { readRecordFromXlsx } from "../../src/workbook/xlsx";
import { addinOn, paneSettings } from "../helpers/addin";
import { run as cli } from "../helpers/cli";
import { errorsOf, plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";

const record: WorkbookRecord = {
  stamp: { when: "2026-11-25T16:00:00.000Z", version: "0.1.0", asOf: "2018-09-30", counts: { error: 0, warning: 1, info: 2, accepted: 0 }, ranges: [{ name: "Budget", sheet: "예산", hash: "ab" }], hash: "cd" },
  accepted: [],
};

describe("the record in Excel's custom XML parts (fake host)", () => {
  it("reads nothing from a workbook without our part, then writes one part and replaces it in place", async () => {
    const excel = createFakeExcel(fakeWorkbookOf({ 예산: { A1: 1 } }));
    const run = excel.run as unknown as ExcelRun;
    expect(await readOfficeRecord(run)).toEqual(EMPTY_RECORD);
    await writeOfficeRecord(run, record);
    expect(await readOfficeRecord(run)).toEqual(record);
    const second = { ...record, accepted: [{ rule: "r", sheet: "예산", cell: "A1", key: "k", reason: "승인", when: "w" }] };
    await writeOfficeRecord(run, second);
    expect(await readOfficeRecord(run)).toEqual(second);
    expect(excel.workbook.customXmlParts).toHaveLength(1);
    expect(excel.workbook.customXmlParts![0].namespaceUri).toBe(RECORD_NAMESPACE);
  });

  it("needs ExcelApi 1.5", async () => {
    const excel = createFakeExcel(fakeWorkbookOf({ 예산: { A1: 1 } }), { apiVersion: "1.4" });
    await expect(writeOfficeRecord(excel.run as unknown as ExcelRun, record)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("takes a part's namespace from its root element, prefixed or not", () => {
    expect(rootNamespace('<?xml version="1.0"?><a xmlns="urn:x"><b/></a>')).toBe("urn:x");
    expect(rootNamespace('<p:a xmlns="urn:d" xmlns:p="urn:p"/>')).toBe("urn:p");
    expect(rootNamespace("<a/>")).toBe("");
    expect(rootNamespace("no xml")).toBeNull();
  });
});

describe("a record the CLI wrote, in the file opened in Excel (fake host)", () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), "budget-check-office-record-"))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is the same stamp and acceptances, with the accepted finding apart and the data unchanged since the stamp", async () => {
    const [defect, accepted, stamped] = ["defect", "accepted", "stamped"].map((name) => join(dir, `${name}.xlsx`));
    const { budget } = SAMPLE_SHEETS;
    await writeFile(defect, await plantedXlsx((f) => patchCell(f, budget, "B4", { result: 4_165_473 + 90 })));
    expect((await cli("accept", defect, "--rule", "budget/total-mismatch", "--cell", `${budget}!B4`, "--reason", "예산과 승인", "-o", accepted)).code).toBe(0);
    expect((await cli("stamp", accepted, "-o", stamped)).code).toBe(0);
    const data = await readFile(stamped);

    const excel = createFakeExcel(await fakeWorkbookFromXlsx(data));
    const run = excel.run as unknown as ExcelRun;
    const record = await readOfficeRecord(run);
    expect(record).toEqual(await readRecordFromXlsx(data));
    expect(record.stamp).not.toBeNull();
    expect(record.accepted).toHaveLength(1);

    // What Validate in the pane makes of it: the finding accepted, and the CLI's stamp kept (the workbook untouched).
    const xml = excel.workbook.customXmlParts!.map((p) => p.xml);
    const validated = (await addinOn(excel, "stamped.xlsx").validate(paneSettings("ko"), "ko")) as CheckedOutcome;
    expect(errorsOf(validated.findings)).toEqual([]);
    expect(validated.accepted!.map((a) => [a.finding.rule, a.finding.cell, a.acceptance.reason])).toEqual([["budget/total-mismatch", "B4", "예산과 승인"]]);
    expect(validated.stamp).toEqual({ when: record.stamp!.when, unchanged: true, changed: [] });
    expect(excel.workbook.customXmlParts!.map((p) => p.xml)).toEqual(xml);
  });
});
