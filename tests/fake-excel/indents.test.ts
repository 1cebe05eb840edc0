/// <reference types="office-js" />
/**
 * Indent levels as Office.js gives them (ExcelApi 1.9): `RangeFormat.indentLevel`, "an integer from 0 to 250",
 * null over cells that differ; `Range.getCellProperties({ format: { indentLevel: true } })`, one object per cell.
 */
import ExcelJS from "exceljs";
import { createFakeExcel, fakeWorkbookFromXlsx, fakeWorkbookOf } from "../../src/fake-excel";

const levelled = () =>
  createFakeExcel(
    fakeWorkbookOf({
      예산: {
        A1: "정보화 사업",
        A2: { value: "정보화 교육", format: { indentLevel: 1 } },
        A3: { value: "교육 운영", format: { indentLevel: 2 } },
        B2: { value: 400, format: { indentLevel: 1 } },
        B3: { value: 400, format: { indentLevel: 1 } },
      },
    }),
  );

describe("indent levels in the fake host", () => {
  it("give each cell's level through getCellProperties, 0 where none", async () => {
    const fake = levelled();
    const cells = await fake.run(async (context) => {
      const result = context.workbook.worksheets.getItem("예산").getRange("A1:B3").getCellProperties({ format: { indentLevel: true } });
      await context.sync();
      return result.value;
    });
    expect(cells.map((row) => row.map((c) => c.format?.indentLevel))).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
    // The response weighs what the cells' JSON weighs.
    expect(fake.payloads[0].response).toBeGreaterThan(JSON.stringify(cells).length);
  });

  it("read RangeFormat.indentLevel as the level all cells share, null where they differ", async () => {
    const [same, differ] = await levelled().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      const formats = [sheet.getRange("B2:B3").format.load("indentLevel"), sheet.getRange("A1:A3").format.load("indentLevel")];
      await context.sync();
      return formats.map((f) => f.indentLevel);
    });
    expect([same, differ]).toEqual([1, null]);
  });

  it("set a range's indent level on every cell, and refuse one past 250", async () => {
    const fake = levelled();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").getRange("C1:C2").format.indentLevel = 3;
      await context.sync();
    });
    expect(fake.workbook.sheets[0].cells.C2.format).toEqual({ indentLevel: 3 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("예산").getRange("C1").format.indentLevel = 251;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("need ExcelApi 1.9", async () => {
    const fake = createFakeExcel(fakeWorkbookOf({ 예산: { A1: "x" } }), { apiVersion: "1.8" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("예산").getRange("A1").getCellProperties({ format: { indentLevel: true } });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("come from an .xlsx's alignment indent through the ExcelJS loader", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("예산");
    ws.getCell("A1").value = "정보화 교육";
    ws.getCell("A1").alignment = { indent: 2 };
    const workbook = await fakeWorkbookFromXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    expect(workbook.sheets[0].cells.A1.format).toMatchObject({ indentLevel: 2 });
  });
});
