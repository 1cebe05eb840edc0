import { FakeOfficeError, PAYLOAD_LIMIT } from "../../src/fake-excel";
import { smallExcel } from "./helpers";

const bigText = "가".repeat(1000); // 3,000 bytes in UTF-8

describe("payload accounting", () => {
  it("counts the approximate JSON bytes sent and received per round trip", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("A1:A100").values = Array.from({ length: 100 }, () => [bigText]);
      await context.sync();
      context.workbook.worksheets.getItem("개요").getRange("A1:A100").load("values");
      await context.sync();
    });
    const [write, read] = fake.payloads;
    expect(write.request).toBeGreaterThan(300_000);
    expect(write.response).toBeLessThan(1000);
    expect(read.request).toBeLessThan(1000);
    expect(read.response).toBeGreaterThan(300_000);
  });

  it("refuses a request past 5 MB with RequestPayloadSizeLimitExceeded, doing none of it", async () => {
    const fake = smallExcel();
    const rows = Math.ceil(PAYLOAD_LIMIT / bigText.length / 3) + 1;
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("개요").getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [bigText]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(Object.keys(fake.workbook.sheets[1].cells)).toEqual(["A1"]);
  });

  it("refuses a response past the limit with ResponsePayloadSizeLimitExceeded, after doing the writes", async () => {
    const fake = smallExcel({ responseLimit: 100_000 });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("개요").getRange("A1:A100");
      range.values = Array.from({ length: 100 }, () => [bigText]);
      range.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.load("address").address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.workbook.sheets[1].cells.A100.value).toBe(bigText);
  });
});

describe("injected failures", () => {
  it("fail the n-th round trip before it does anything", async () => {
    const fake = smallExcel({ failures: [{ sync: 2, code: "RequestAborted" }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("개요");
      sheet.getRange("A2").values = [["첫째"]];
      await context.sync();
      sheet.getRange("A3").values = [["둘째"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestAborted" });
    });
    expect([fake.workbook.sheets[1].cells.A2?.value, fake.workbook.sheets[1].cells.A3]).toEqual(["첫째", undefined]);
  });

  it("fail at the n-th execution of an operation, keeping what ran before it, as Excel's batches do", async () => {
    const fake = smallExcel();
    fake.failOn({ operation: "Range.values", occurrence: 2, message: "injected" });
    const error = await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("개요");
        sheet.getRange("A2").values = [["첫째"]];
        sheet.getRange("A3").values = [["둘째"]];
        sheet.getRange("A4").values = [["셋째"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({ name: "RichApi.Error", code: "GeneralException", message: "injected", debugInfo: { code: "GeneralException", errorLocation: "Range.values" } });
    expect(["A2", "A3", "A4"].map((a) => fake.workbook.sheets[1].cells[a]?.value)).toEqual(["첫째", undefined, undefined]);
  });

  it("count each occurrence for every rule on the operation, and log the commands executed", async () => {
    const fake = smallExcel();
    fake.failOn({ operation: "Range.values", occurrence: 2, code: "Second" });
    fake.failOn({ operation: "Range.values", occurrence: 3, code: "Third" });
    const write = (address: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("개요").getRange(address).values = [["x"]];
      });
    await write("A2");
    await expect(write("A3")).rejects.toMatchObject({ code: "Second" });
    await expect(write("A4")).rejects.toMatchObject({ code: "Third" });
    await write("A5");
    // The log holds what ran: the two failed writes did not.
    expect(fake.operations).toEqual([
      { label: "Range.values", sync: 1 },
      { label: "Range.values", sync: 4 },
    ]);
    expect(["A2", "A3", "A4", "A5"].map((a) => fake.workbook.sheets[1].cells[a]?.value)).toEqual(["x", undefined, undefined, "x"]);
  });
});

describe("requirement sets", () => {
  it("answer isSetSupported up to the host's version, comparing 1.13 above 1.9", () => {
    const fake = smallExcel({ apiVersion: "1.9" });
    expect([fake.isSetSupported("ExcelApi", "1.7"), fake.isSetSupported("ExcelApi", "1.9"), fake.isSetSupported("ExcelApi", "1.13"), fake.isSetSupported("WordApi", "1.1")]).toEqual([true, true, false, false]);
  });

  it("fail a newer call with ApiNotFound at sync", async () => {
    const fake = smallExcel({ apiVersion: "1.7" });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.getRange("A1:B1").getMergedAreasOrNullObject();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound", debugInfo: { errorLocation: "Range.getMergedAreasOrNullObject" } });
      sheet.pageLayout.paperSize = "A4";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      sheet.getRanges("A1, B2").format.fill.color = "#FFFFFF";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});

describe("horizontal page breaks (ExcelApi 1.9)", () => {
  it("set a break above the top row of the range given, once per row, and refuse another sheet's address", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.horizontalPageBreaks.add("A41");
      sheet.horizontalPageBreaks.add(sheet.getRange("B96:C97"));
      sheet.horizontalPageBreaks.add("A41");
      await context.sync();
      sheet.horizontalPageBreaks.add("'다른 시트'!A5");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.workbook.sheets.find((s) => s.name === "예산")!.pageLayout.rowBreaks).toEqual([41, 96]);
  });

  it("fail with ApiNotFound before ExcelApi 1.9", async () => {
    const fake = smallExcel({ apiVersion: "1.7" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").horizontalPageBreaks.add("A41");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
