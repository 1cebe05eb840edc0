import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  cellAddress,
  cloneFixture,
  columnLetter,
  fixtureToXlsx,
  getCell,
  patchCell,
  rangeRef,
  removeName,
  setCell,
  setName,
  type WorkbookFixture,
} from "../../scripts/sample/workbook-fixture";

function smallFixture(): WorkbookFixture {
  return {
    sheets: [
      {
        name: "개요",
        cells: { A1: { value: "기준일", bold: true }, B1: { value: new Date(Date.UTC(2018, 8, 30)), numFmt: "yyyy-mm-dd" } },
      },
      {
        name: "예산",
        cells: {
          A1: { value: "구분", bold: true, fill: "#D9E1F2", border: true, align: "center" },
          B1: "예산액",
          A2: "계",
          B2: { formula: "SUM(B3:B4)", result: 30, numFmt: "#,##0" },
          C2: { formula: "B2/0", error: "#DIV/0!" },
          A3: "가",
          B3: 10,
          A4: "나",
          B4: "20",
          C3: { error: "#N/A" },
          C4: true,
          D1: "=합계",
          D2: { value: 77, numFmt: "0.0" },
          E1: null,
        },
        merges: ["A5:B6"],
        columnWidths: { A: 30 },
      },
    ],
    names: [
      { name: "AsOfDate", ref: rangeRef("개요", "B1") },
      { name: "Budget", ref: "예산!$A$1:$B$4", scopeSheet: "예산" },
      { name: "Broken", ref: "#REF!" },
      { name: "Half", ref: "0.5" },
      { name: "Odd", ref: "'It''s & <x>'!$A$1" },
    ],
  };
}

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  return { workbook, workbookXml };
}

describe("fixtureToXlsx", () => {
  let workbook: ExcelJS.Workbook;
  let workbookXml: string;

  beforeAll(async () => {
    ({ workbook, workbookXml } = await readBack(await fixtureToXlsx(smallFixture())));
  });

  it("writes the sheets in order with their values", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["개요", "예산"]);
    const sheet = workbook.getWorksheet("예산")!;
    expect(sheet.getCell("A3").value).toBe("가");
    expect(sheet.getCell("B3").value).toBe(10);
    expect(sheet.getCell("B4").value).toBe("20");
    expect(sheet.getCell("C4").value).toBe(true);
    expect(sheet.getCell("E1").value).toBeNull();
  });

  it("keeps a label that starts with = as text", () => {
    expect(workbook.getWorksheet("예산")!.getCell("D1").value).toBe("=합계");
  });

  it("writes real dates with their number format", () => {
    const cell = workbook.getWorksheet("개요")!.getCell("B1");
    expect(cell.value).toEqual(new Date(Date.UTC(2018, 8, 30)));
    expect(cell.numFmt).toBe("yyyy-mm-dd");
  });

  it("writes formulas with cached results, and error values", () => {
    const sheet = workbook.getWorksheet("예산")!;
    expect(sheet.getCell("B2").value).toEqual({ formula: "SUM(B3:B4)", result: 30 });
    expect(sheet.getCell("B2").numFmt).toBe("#,##0");
    expect(sheet.getCell("C2").value).toEqual({ formula: "B2/0", result: { error: "#DIV/0!" } });
    expect(sheet.getCell("C3").value).toEqual({ error: "#N/A" });
    expect(sheet.getCell("D2").numFmt).toBe("0.0");
  });

  it("writes styles, merges and column widths", () => {
    const sheet = workbook.getWorksheet("예산")!;
    const header = sheet.getCell("A1");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(header.border?.top?.style).toBe("thin");
    expect(header.alignment?.horizontal).toBe("center");
    expect(sheet.getCell("B6").isMerged).toBe(true);
    expect(sheet.getCell("B6").master.address).toBe("A5");
    expect(sheet.getColumn("A").width).toBe(30);
  });

  it("writes the defined names exactly as given, sheet scope as localSheetId", () => {
    const names = [...workbookXml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    expect(names).toEqual([
      ['name="AsOfDate"', "개요!$B$1"],
      ['name="Budget" localSheetId="1"', "예산!$A$1:$B$4"],
      ['name="Broken"', "#REF!"],
      ['name="Half"', "0.5"],
      ['name="Odd"', "'It''s &amp; &lt;x&gt;'!$A$1"],
    ]);
    expect(workbookXml.indexOf("<definedNames>")).toBeGreaterThan(workbookXml.indexOf("</sheets>"));
  });

  it("is byte-stable", async () => {
    const [a, b] = await Promise.all([fixtureToXlsx(smallFixture()), fixtureToXlsx(smallFixture())]);
    expect(a.equals(b)).toBe(true);
  });

  it("refuses a scope sheet that is not in the fixture", async () => {
    const fixture = smallFixture();
    fixture.names.push({ name: "Lost", ref: "A1", scopeSheet: "없음" });
    await expect(fixtureToXlsx(fixture)).rejects.toThrow(/없음/);
  });
});

describe("addresses", () => {
  it("converts columns and quotes sheets only where Excel would", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(cellAddress(16, 7)).toBe("P7");
    expect(rangeRef("예산", "A3:D9")).toBe("예산!$A$3:$D$9");
    expect(rangeRef("사업별 예산", "a3:$I$14")).toBe("'사업별 예산'!$A$3:$I$14");
    expect(rangeRef("A1", "B2")).toBe("'A1'!$B$2");
    expect(rangeRef("It's", "B2")).toBe("'It''s'!$B$2");
  });
});

describe("editing helpers", () => {
  it("clones deeply, dates included", () => {
    const original = smallFixture();
    const copy = cloneFixture(original);
    setCell(copy, "예산", "B3", 11);
    expect(getCell(original, "예산", "B3")).toBe(10);
    expect(getCell(copy, "개요", "B1")).toEqual(getCell(original, "개요", "B1"));
    const copied = (getCell(copy, "개요", "B1") as { value: Date }).value;
    expect(copied).toBeInstanceOf(Date);
    expect(copied).not.toBe((getCell(original, "개요", "B1") as { value: Date }).value);
  });

  it("sets, patches and removes cells", () => {
    const fixture = smallFixture();
    patchCell(fixture, "예산", "$b$2", { result: 31 });
    expect(getCell(fixture, "예산", "B2")).toEqual({ formula: "SUM(B3:B4)", result: 31, numFmt: "#,##0" });
    patchCell(fixture, "예산", "B3", { numFmt: "#,##0" });
    expect(getCell(fixture, "예산", "B3")).toEqual({ value: 10, numFmt: "#,##0" });
    setCell(fixture, "예산", "B4", undefined);
    expect(getCell(fixture, "예산", "B4")).toBeUndefined();
    expect(() => setCell(fixture, "없음", "A1", 1)).toThrow(/없음/);
  });

  it("repoints a name in its scope, ignoring case, and removes names", () => {
    const fixture = smallFixture();
    setName(fixture, "budget", "#REF!", "예산");
    expect(fixture.names.filter((n) => n.name.toLowerCase() === "budget")).toEqual([
      { name: "Budget", ref: "#REF!", scopeSheet: "예산" },
    ]);
    setName(fixture, "Budget", "예산!$A$1:$B$2");
    expect(fixture.names.filter((n) => n.name === "Budget")).toHaveLength(2);
    removeName(fixture, "BUDGET", "예산");
    expect(fixture.names.filter((n) => n.name === "Budget")).toEqual([{ name: "Budget", ref: "예산!$A$1:$B$2" }]);
  });
});
