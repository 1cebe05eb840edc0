import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../../src/core/grid";
import { spreadMergedLabels } from "../../../../src/core/grid-merges";
import type { SheetRect } from "../../../../src/core/names/reference";
import { UnreadableWorkbookError } from "../../../../src/workbook/port";
import { openXlsxBuffer, openXlsxFile } from "../../../../src/workbook/xlsx";
import { compoundFile } from "../../../../scripts/corpus/containers";
import { buildXlsx, patchPart, readPart, withDefinedNames } from "../helpers";

/** ExcelJS's types miss boolean results and the shared-formula fields it reads and writes. */
const formula = (value: object) => value as ExcelJS.CellValue;

const WHOLE_SHEET = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

async function readOne(data: Buffer, rect: SheetRect, name = "Test"): Promise<Grid> {
  const source = await openXlsxBuffer(data, "test.xlsx");
  const [grid] = await source.readRanges([{ name, rect }]);
  return grid;
}

describe("outline", () => {
  it("lists sheets in tab order and names of both scopes, Korean included", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("예산");
      wb.addWorksheet("Staff list");
      wb.addWorksheet("장비");
    });
    const patched = await withDefinedNames(
      data,
      `<definedName name="Budget">예산!$A$1:$D$9</definedName>`,
      `<definedName name="인력" localSheetId="1">'Staff list'!$A$1:$C$5</definedName>`,
      `<definedName name="Inventory" localSheetId="2">장비!$A:$J</definedName>`,
      `<definedName name="Table_Lost">#REF!</definedName>`,
      `<definedName name="Rate">0.5</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="0">예산!$A$1:$H$40</definedName>`,
    );
    const outline = await (await openXlsxBuffer(patched, "names.xlsx")).outline();
    expect(outline.sheets).toEqual(["예산", "Staff list", "장비"]);
    expect(outline.names).toEqual([
      { name: "Budget", formula: "예산!$A$1:$D$9" },
      { name: "인력", scopeSheet: "Staff list", formula: "'Staff list'!$A$1:$C$5" },
      { name: "Inventory", scopeSheet: "장비", formula: "장비!$A:$J" },
      { name: "Table_Lost", formula: "#REF!" },
      { name: "Rate", formula: "0.5" },
    ]);
  });

  it("keeps the names ExcelJS itself writes", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = 1;
      wb.definedNames.add("Data!$A$1:$B$2", "Budget");
    });
    const outline = await (await openXlsxBuffer(data, "t.xlsx")).outline();
    expect(outline.names).toEqual([{ name: "Budget", formula: "Data!$A$1:$B$2" }]);
  });
});

describe("values", () => {
  it("reads numbers, text, booleans, rich text, hyperlinks, errors and empty cells", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getRow(1).values = [1137337, "계", true, null, -0.25];
      ws.getCell("A2").value = { richText: [{ text: "단위" }, { text: "사업", font: { bold: true } }] };
      ws.getCell("B2").value = { text: "link", hyperlink: "https://example.org" };
      ws.getCell("C2").value = { error: "#N/A" };
      ws.getCell("D2").value = "△3";
      ws.getCell("E2").value = ""; // a string, though empty: the core decides what it means
    });
    const grid = await readOne(data, { sheet: "S", ...WHOLE_SHEET });
    expect(grid).toMatchObject({ name: "Test", sheet: "S", top: 0, left: 0 });
    expect(grid.values).toEqual([
      [1137337, "계", true, null, -0.25],
      ["단위사업", "link", { error: "#N/A" }, "△3", ""],
    ]);
  });

  it("reads formulas by their cached results, 0, false and errors included", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 2;
      ws.getCell("A2").value = 3;
      ws.getCell("A3").value = formula({ formula: "SUM(A1:A2)", result: 5 });
      ws.getCell("B1").value = formula({ formula: "A1-2", result: 0 });
      ws.getCell("B2").value = formula({ formula: "A1>5", result: false });
      ws.getCell("B3").value = formula({ formula: "A1/0", result: { error: "#DIV/0!" } });
      ws.getCell("C1").value = formula({ formula: 'IF(A1>0,"yes","no")', result: "yes" });
      ws.getCell("C2").value = formula({ formula: "NOW()" });
    });
    const grid = await readOne(data, { sheet: "S", top: 0, left: 0, bottom: 2, right: 2 });
    expect(grid.values).toEqual([
      [2, 0, "yes"],
      [3, false, null],
      [5, { error: "#DIV/0!" }, null],
    ]);
    expect(grid.formulas).toEqual([
      [null, "=A1-2", '=IF(A1>0,"yes","no")'],
      [null, "=A1>5", "=NOW()"],
      ["=SUM(A1:A2)", "=A1/0", null],
    ]);
  });

  it("translates shared formulas for every cell that shares them", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = 3;
      ws.getCell("B1").value = formula({ formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" });
      ws.getCell("B2").value = formula({ sharedFormula: "B1", result: 4 });
      ws.getCell("B3").value = formula({ sharedFormula: "B1", result: 6 });
    });
    expect(await readPart(data, "xl/worksheets/sheet1.xml")).toContain('<f t="shared" si="0"/>');
    const grid = await readOne(data, { sheet: "S", top: 0, left: 1, bottom: 2, right: 1 });
    expect(grid.values).toEqual([[2], [4], [6]]);
    expect(grid.formulas).toEqual([["=A1*2"], ["=A2*2"], ["=A3*2"]]);
  });

  it("shows newer functions without the file's _xlfn. prefix", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = formula({ formula: "_xlfn.IFS(1,2)", result: 2 });
    });
    expect((await readOne(data, { sheet: "S", ...WHOLE_SHEET })).formulas).toEqual([["=IFS(1,2)"]]);
  });

  it("turns dates into 1900-system serial numbers", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2018, 8, 30));
      ws.getCell("A2").value = new Date(Date.UTC(2018, 8, 30, 12));
      ws.getCell("A3").value = 43373;
      ws.getCell("A3").numFmt = "yyyy-mm-dd";
      ws.getCell("A4").value = formula({ formula: "A3+1", result: 43374 });
      ws.getCell("A4").numFmt = "yyyy. m. d.";
      ws.getCell("A5").value = 45; // before the fictitious 1900-02-29: still the stored serial
      ws.getCell("A5").numFmt = "yyyy-mm-dd";
    });
    const grid = await readOne(data, { sheet: "S", ...WHOLE_SHEET });
    expect(grid.values).toEqual([[43373], [43373.5], [43373], [43374], [45]]);
    expect(grid.numberFormats?.[2]).toEqual(["yyyy-mm-dd"]);
  });

  it("keeps text, errors and booleans that formulas return in date-formatted cells", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = formula({ formula: 'IFERROR(1/0,"-")', result: "-" });
      ws.getCell("A2").value = formula({ formula: "NA()", result: { error: "#N/A" } });
      ws.getCell("A3").value = formula({ formula: "TRUE", result: true });
      ws.getCell("A4").value = formula({ formula: "43373", result: 43373 });
      for (let r = 1; r <= 4; r++) ws.getCell(r, 1).numFmt = "yyyy-mm-dd";
    });
    const grid = await readOne(data, { sheet: "S", ...WHOLE_SHEET });
    expect(grid.values).toEqual([["-"], [{ error: "#N/A" }], [true], [43373]]);
  });

  it("reads a 1904 workbook's dates as 1900-system serials", async () => {
    const data = await buildXlsx((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2018, 8, 30));
      ws.getCell("A2").value = 41911; // stored as is: 2018-09-30 in the 1904 system
      ws.getCell("A2").numFmt = "yyyy-mm-dd";
    });
    const sheetXml = await readPart(data, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toContain("<v>41911</v>");
    expect(sheetXml).not.toContain("<v>43373</v>");
    expect((await readOne(data, { sheet: "S", ...WHOLE_SHEET })).values).toEqual([[43373], [43373]]);

    const spelledTrue = await patchPart(data, "xl/workbook.xml", (xml) =>
      xml.replace(/date1904="1"/, 'date1904="true"'),
    );
    expect(await readPart(spelledTrue, "xl/workbook.xml")).toContain('date1904="true"');
    expect((await readOne(spelledTrue, { sheet: "S", ...WHOLE_SHEET })).values).toEqual([[43373], [43373]]);
  });

  it("reads number formats, General where none is set", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getRow(1).values = [1234567, 0.77, 3, "x"];
      ws.getCell("A1").numFmt = "#,##0";
      ws.getCell("B1").numFmt = "0.0%";
      ws.getCell("C1").numFmt = '#,##0;"△"#,##0';
    });
    const grid = await readOne(data, { sheet: "S", ...WHOLE_SHEET });
    expect(grid.numberFormats).toEqual([["#,##0", "0.0%", '#,##0;"△"#,##0', "General"]]);
  });

  it("gives a merge's cells as stored, with the merged areas; the checks read its label across it and its number once", async () => {
    const data = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "일반직";
      ws.getCell("A1").numFmt = "@";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = formula({ formula: "1+1", result: 2 });
      ws.mergeCells("A2:A3");
      ws.getCell("B2").value = 5;
    });
    const stored = await readOne(data, { sheet: "S", ...WHOLE_SHEET });
    expect(stored.values).toEqual([
      ["일반직", null, null],
      [2, 5, null],
      [null, null, null],
    ]);
    expect(stored.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
    const grid = spreadMergedLabels(stored);
    expect(grid.values).toEqual([
      ["일반직", "일반직", "일반직"],
      [2, 5, null],
      [null, null, null],
    ]);
    expect(grid.numberFormats?.[0]).toEqual(["@", "@", "@"]);
    expect(grid.formulas).toEqual([
      [null, null, null],
      ["=1+1", null, null],
      [null, null, null],
    ]);
  });
});

describe("clipping to the used area", () => {
  const build = () =>
    buildXlsx((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.getRow(2).values = [null, "a", "b", "c"];
      ws.getRow(5).values = [null, 1, 2, 3];
      ws.getCell("H40").numFmt = "#,##0"; // formatting alone does not count as used
      ws.getCell("H40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      wb.addWorksheet("Empty");
    });

  it("reads a whole-column name only as far as the last row in use", async () => {
    const grid = await readOne(await build(), { sheet: "Data", top: 0, left: 0, bottom: 1_048_575, right: 3 });
    expect(grid).toMatchObject({ top: 0, left: 0 });
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, "a", "b", "c"],
      [null, null, null, null],
      [null, null, null, null],
      [null, 1, 2, 3],
    ]);
    expect(grid.numberFormats).toHaveLength(5);
    expect(grid.formulas).toHaveLength(5);
  });

  it("keeps the requested top-left corner and clips only the far edges", async () => {
    const grid = await readOne(await build(), { sheet: "Data", top: 1, left: 2, bottom: 99, right: 50 });
    expect(grid).toMatchObject({ top: 1, left: 2, values: [["b", "c"], [null, null], [null, null], [2, 3]] });
  });

  it("returns no rows for a range outside the used area, on an empty sheet, or on a sheet ExcelJS lacks", async () => {
    const data = await build();
    const source = await openXlsxBuffer(data, "t.xlsx");
    const grids = await source.readRanges([
      { name: "Below", rect: { sheet: "Data", top: 10, left: 0, bottom: 20, right: 3 } },
      { name: "Right", rect: { sheet: "Data", top: 0, left: 5, bottom: 20, right: 9 } },
      { name: "Blank", rect: { sheet: "Empty", ...WHOLE_SHEET } },
      { name: "Nowhere", rect: { sheet: "Missing", ...WHOLE_SHEET } },
    ]);
    expect(grids.map((g) => [g.name, g.sheet, g.top, g.left, g.values])).toEqual([
      ["Below", "Data", 10, 0, []],
      ["Right", "Data", 0, 5, []],
      ["Blank", "Empty", 0, 0, []],
      ["Nowhere", "Missing", 0, 0, []],
    ]);
  });

  it("answers requests in order and finds sheets whatever their case", async () => {
    const source = await openXlsxBuffer(await build(), "t.xlsx");
    const grids = await source.readRanges([
      { name: "Second", rect: { sheet: "data", top: 4, left: 1, bottom: 4, right: 1 } },
      { name: "First", rect: { sheet: "DATA", top: 1, left: 1, bottom: 1, right: 1 } },
    ]);
    expect(grids.map((g) => [g.name, g.values])).toEqual([
      ["Second", [[1]]],
      ["First", [["a"]]],
    ]);
  });
});

describe("unreadable input", () => {
  async function reasonOf(data: Buffer | Uint8Array): Promise<unknown> {
    const error = await openXlsxBuffer(data, "bad.xlsx").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as UnreadableWorkbookError).source).toBe("bad.xlsx");
    return (error as UnreadableWorkbookError).reason;
  }

  /** A compound file whose directory lists the stream: where the name is looked for. */
  function oleFile(streamName: string): Buffer {
    return compoundFile([streamName]);
  }

  it("not-found", async () => {
    const error = await openXlsxFile("/nonexistent/budget.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toMatchObject({ reason: "not-found", source: "/nonexistent/budget.xlsx" });
  });

  it("not-a-zip", async () => {
    expect(await reasonOf(Buffer.from("name,budget\nA,100\n"))).toBe("not-a-zip");
    expect(await reasonOf(Buffer.alloc(0))).toBe("not-a-zip");
  });

  it("no-workbook", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip().file("hello.txt", "hello");
    expect(await reasonOf(await zip.generateAsync({ type: "nodebuffer" }))).toBe("no-workbook");
    expect(await reasonOf(await new JSZip().generateAsync({ type: "nodebuffer" }))).toBe("no-workbook");
  });

  it("encrypted and legacy-xls", async () => {
    expect(await reasonOf(oleFile("EncryptionInfo"))).toBe("encrypted");
    expect(await reasonOf(oleFile("Workbook"))).toBe("legacy-xls");
  });

  it("too-large: a central directory that promises gigabytes", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    // Rewrite the uncompressed size of the first central-directory entry to almost 4 GiB.
    const header = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    data.writeUInt32LE(0xfffffff0, header + 24);
    const error = await openXlsxBuffer(data, "bad.xlsx").catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "too-large" });
    expect((error as Error).message).toMatch(/MB/);
  });

  it("corrupt: a truncated zip, a workbook part that is not XML", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(await reasonOf(data.subarray(0, data.length - 200))).toBe("corrupt");
    const broken = await patchPart(data, "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, 300) + "<<<");
    // A sheet is read when a range on it is: that is when its damage shows.
    const source = await openXlsxBuffer(broken, "bad.xlsx");
    const error = await source.readRanges([{ name: "X", rect: { sheet: "S", ...WHOLE_SHEET } }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toMatchObject({ reason: "corrupt", source: "bad.xlsx" });
    expect((error as UnreadableWorkbookError).detail).not.toBe("");
  });

  it("reads a file from disk and accepts a Uint8Array", async () => {
    const data = await buildXlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 7;
    });
    const dir = await mkdtemp(join(tmpdir(), "budget-check-"));
    try {
      await writeFile(join(dir, "book.xlsx"), data);
      const [grid] = await (await openXlsxFile(join(dir, "book.xlsx"))).readRanges([
        { name: "X", rect: { sheet: "S", ...WHOLE_SHEET } },
      ]);
      expect(grid.values).toEqual([[7]]);
      const copy = new Uint8Array(data.length + 8).subarray(8);
      copy.set(data);
      const [again] = await (await openXlsxBuffer(copy, "copy.xlsx")).readRanges([
        { name: "X", rect: { sheet: "S", ...WHOLE_SHEET } },
      ]);
      expect(again.values).toEqual([[7]]);
      const error = await openXlsxFile(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableWorkbookError);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
