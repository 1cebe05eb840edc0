import { createFakeExcel } from "../../src/fake-excel";
import { fakeWorkbookOf } from "../../src/fake-excel/model";
import { rootNamespace } from "../../src/fake-excel/objects/custom-xml";
import { EMPTY_RECORD, RECORD_NAMESPACE, type WorkbookRecord } from "../../src/core/stamp/record";
import { readOfficeRecord, writeOfficeRecord, type ExcelRun } from "../../src/workbook/office";

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
