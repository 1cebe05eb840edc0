import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { fixtureToXlsx, type WorkbookFixture } from "../../../../scripts/sample/workbook-fixture";
import { WorkbookWriteError, writeSheetsIntoXlsx } from "../../../../src/workbook/xlsx/write/write-sheets";
import { patchPart } from "../helpers";
import { AMOUNT, book, findingsSpec, summarySpec } from "./book";
import { child, children, MAIN_NS, orderProblems, parseXml, SCHEMA_ORDER } from "./xml-tree";
import { loadWorkbook, partText, sheetPart, zipEntries } from "./zip";

const SAMPLE = readFileSync(join(__dirname, "../../../../assets/samples/budget-check-sample.xlsx"));
const EDITED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
const ko = { lang: "ko" } as const;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CALC_CHAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

/** A user's workbook that already has a sheet named 요약, and names ExcelJS could not write. */
const USER_FIXTURE: WorkbookFixture = {
  sheets: [
    {
      name: "예산",
      cells: {
        A1: { value: "사업", bold: true, fill: "D9E1F2", border: true },
        B1: { value: "예산액", bold: true, fill: "D9E1F2", border: true },
        A2: "인건비",
        B2: { value: 1200, numFmt: "#,##0" },
        A3: "=not a formula",
        B3: { value: -30, numFmt: AMOUNT },
        A4: { value: "계", bold: true },
        B4: { formula: "SUM(B2:B3)", result: 1170, numFmt: "#,##0" },
        C4: { formula: "B4/0", error: "#DIV/0!" },
        D2: { value: new Date(Date.UTC(2018, 8, 30)), numFmt: "yyyy-mm-dd" },
      },
      merges: ["C1:D1"],
      columnWidths: { A: 20 },
    },
    { name: "요약", cells: { A1: "사용자 메모", B2: { value: 0.5, numFmt: "0.0%" } } },
  ],
  names: [
    { name: "Budget", ref: "예산!$A$1:$B$4" },
    { name: "Local", ref: "예산!$A$1", scopeSheet: "요약" },
    { name: "Table_Lost", ref: "#REF!" },
    { name: "Rate", ref: "0.5" },
  ],
};

function write(input: Uint8Array, sheets = book()) {
  return writeSheetsIntoXlsx(input, sheets, ko);
}

function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>, allowed: readonly string[]): string[] {
  return [...before].filter(([name, bytes]) => !allowed.includes(name) && !after.get(name)?.equals(bytes)).map(([name]) => name);
}

/** `<sheet …/>` and `<definedName …>…</definedName>` elements, as text. */
function workbookElements(xml: string): string[] {
  return [...xml.matchAll(/<sheet\b[^>]*\/>|<definedName\b[\s\S]*?<\/definedName>/g)].map((m) => m[0]);
}

interface CellFacts {
  address: string;
  value: ExcelJS.CellValue;
  formula: string | undefined;
  numFmt: string | undefined;
  style: Partial<ExcelJS.Style>;
}

function cellsOf(sheet: ExcelJS.Worksheet): CellFacts[] {
  const cells: CellFacts[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push({ address: cell.address, value: cell.value, formula: cell.formula, numFmt: cell.numFmt, style: cell.style }),
    ),
  );
  return cells;
}

async function expectSourceSheetsUnchanged(input: Uint8Array, output: Uint8Array): Promise<void> {
  const before = await loadWorkbook(input);
  const after = await loadWorkbook(output);
  for (const sheet of before.worksheets) {
    const copy = after.getWorksheet(sheet.name)!;
    const cells = cellsOf(sheet);
    expect(cells.length).toBeGreaterThan(0);
    expect(cellsOf(copy)).toEqual(cells);
    expect(copy.model).toEqual(sheet.model);
  }
}

async function expectValidParts(output: Uint8Array, ourSheets: readonly string[]): Promise<void> {
  expect(orderProblems(parseXml(await partText(output, "xl/workbook.xml")), SCHEMA_ORDER.workbook)).toEqual([]);
  expect(orderProblems(parseXml(await partText(output, "xl/styles.xml")), SCHEMA_ORDER.styleSheet)).toEqual([]);
  for (const name of ourSheets) {
    const sheet = parseXml(await partText(output, await sheetPart(output, name)));
    expect(orderProblems(sheet, SCHEMA_ORDER.worksheet, ["conditionalFormatting"])).toEqual([]);
  }
}

describe("writeSheetsIntoXlsx into the sample", () => {
  let output: Buffer;
  beforeAll(async () => {
    const result = await write(SAMPLE);
    output = result.data;
    expect(result.sheetNames).toEqual({ summary: "요약", findings: "검증 결과" });
    expect(result.renamedBecauseTaken).toEqual([]);
  });

  it("leaves every part but the four it must edit byte for byte, and only adds our sheets", async () => {
    const before = await zipEntries(SAMPLE);
    const after = await zipEntries(output);
    expect(changedParts(before, after, EDITED)).toEqual([]);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(["xl/worksheets/sheet8.xml", "xl/worksheets/sheet9.xml"]);
  });

  it("keeps every original <sheet> and <definedName> element of workbook.xml as it was, in order", async () => {
    const original = workbookElements(await partText(SAMPLE, "xl/workbook.xml"));
    const written = workbookElements(await partText(output, "xl/workbook.xml"));
    expect(original.length).toBeGreaterThan(10);
    expect(written.filter((element) => original.includes(element))).toEqual(original);
  });

  it("keeps every source cell's value, formula, number format and style, and every sheet's model", async () => {
    await expectSourceSheetsUnchanged(SAMPLE, output);
  });

  it("writes parts whose elements follow the schema order", async () => {
    await expectValidParts(output, ["요약", "검증 결과"]);
  });

  it("appends our sheets after the user's, with hidden markers, print titles and recalculation on load", async () => {
    const workbook = await loadWorkbook(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["개요", "예산", "사업별 예산", "인력", "장비", "내용연수", "기타 현황", "요약", "검증 결과"]);
    const xml = await partText(output, "xl/workbook.xml");
    expect(xml).toContain(`<definedName name="BudgetCheck_Summary" hidden="1">'요약'!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="BudgetCheck_Findings" hidden="1">'검증 결과'!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="7">'요약'!$4:$4</definedName>`);
    expect(xml).toContain(`<calcPr calcId="171027" fullCalcOnLoad="1"/>`);
  });

  it("writes our cells: text as text (even =1+1, @x, -x, +x), numbers, dates, formulas with their results", async () => {
    const sheet = (await loadWorkbook(output)).getWorksheet("요약")!;
    expect(sheet.getCell("A1").value).toBe("예산·자산 점검 요약");
    for (const [address, text] of [["A5", "=1+1"], ["A6", "@x"], ["A7", "-x"], ["A8", "+x"]]) {
      expect(sheet.getCell(address).value).toBe(text);
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
    expect(sheet.getCell("B5").value).toBe(1137337);
    expect(sheet.getCell("B2").value).toEqual(new Date(Date.UTC(2018, 8, 30)));
    expect(sheet.getCell("B9").value).toEqual({ formula: "SUM(B5:B8)", result: 1137334 });
    expect(sheet.getCell("C6").value).toEqual({ formula: 'IF(B6<0,"음수","")', result: "음수" });
  });

  it("writes number formats, fonts, fills, borders and alignment", async () => {
    const sheet = (await loadWorkbook(output)).getWorksheet("요약")!;
    expect(sheet.getCell("B5").numFmt).toBe(AMOUNT);
    expect(sheet.getCell("C5").numFmt).toBe("0.0%");
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A4").font.bold).toBe(true);
    expect(sheet.getCell("A4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(sheet.getCell("A4").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.getCell("A4").border.left).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B9").border.top).toMatchObject({ style: "medium" });
    expect(sheet.getCell("A11").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
  });

  it("writes merges, column widths, row heights, the frozen pane, print setup and the data bar", async () => {
    const sheet = (await loadWorkbook(output)).getWorksheet("요약")!;
    expect(sheet.model.merges).toEqual(["A1:C1"]);
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([24, 14, 10]);
    expect(sheet.getRow(1).height).toBe(26);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4, topLeftCell: "A5" });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // ExcelJS reads conditional formats but does not declare them.
    expect((sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings).toEqual([
      { ref: "C5:C6", rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], color: { argb: "FF638EC6" } }] },
    ]);
  });

  it("links internally, to a sheet by name and to another of our sheets by its role", async () => {
    const summary = parseXml(await partText(output, await sheetPart(output, "요약")));
    const links = children(child(summary, "hyperlinks")!, "hyperlink").map((h) => h.attributes);
    expect(links).toEqual([
      { ref: "A11", location: "'예산'!B4" },
      { ref: "A12", location: "'검증 결과'!A1" },
    ]);
    const findings = parseXml(await partText(output, await sheetPart(output, "검증 결과")));
    expect(child(child(findings, "hyperlinks")!, "hyperlink")!.attributes.location).toBe("'요약'!A1");
  });

  it("writes no chart parts: the Office.js writer draws charts", async () => {
    const after = await zipEntries(output);
    expect([...after.keys()].filter((name) => /drawing|chart/i.test(name))).toEqual([]);
  });
});

describe("a sheet of the user's with our name", () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await fixtureToXlsx(USER_FIXTURE);
  });

  it("is left alone; ours takes the next free name and the caller hears why", async () => {
    const result = await write(input);
    expect(result.sheetNames).toEqual({ summary: "요약 (2)", findings: "검증 결과" });
    expect(result.renamedBecauseTaken).toEqual(["summary"]);
    const before = await zipEntries(input);
    expect(changedParts(before, await zipEntries(result.data), EDITED)).toEqual([]);
    await expectSourceSheetsUnchanged(input, result.data);
    const original = workbookElements(await partText(input, "xl/workbook.xml"));
    expect(workbookElements(await partText(result.data, "xl/workbook.xml")).filter((e) => original.includes(e))).toEqual(original);
    const summary = parseXml(await partText(result.data, await sheetPart(result.data, "요약 (2)")));
    const links = children(child(summary, "hyperlinks")!, "hyperlink").map((h) => h.attributes.location);
    expect(links).toContain("'검증 결과'!A1");
    const findings = parseXml(await partText(result.data, await sheetPart(result.data, "검증 결과")));
    expect(child(child(findings, "hyperlinks")!, "hyperlink")!.attributes.location).toBe("'요약 (2)'!A1");
    await expectValidParts(result.data, ["요약 (2)", "검증 결과"]);
  });

  it("compares names without regard to case and keeps to 31 characters", async () => {
    const long = "A summary sheet named at length"; // 31 characters
    const taken = await fixtureToXlsx({ sheets: [{ name: "SUMMARY", cells: { A1: 1 } }, { name: long, cells: { A1: 1 } }], names: [] });
    const result = await write(taken, book({ ...summarySpec("Summary") }, { ...findingsSpec(long), cells: [] }));
    expect(result.sheetNames).toEqual({ summary: "Summary (2)", findings: "A summary sheet named at le (2)" });
  });

  it("is not multiplied by writing again: ours is replaced in place, same position, id and part", async () => {
    const first = (await write(input)).data;
    const second = await write(first);
    expect(second.sheetNames).toEqual({ summary: "요약 (2)", findings: "검증 결과" });
    expect(second.renamedBecauseTaken).toEqual(["summary"]);
    const sheetsOf = async (data: Buffer) => workbookElements(await partText(data, "xl/workbook.xml")).filter((e) => e.startsWith("<sheet"));
    expect(await sheetsOf(second.data)).toEqual(await sheetsOf(first));
    expect([...(await zipEntries(second.data)).keys()]).toEqual([...(await zipEntries(first)).keys()]);
    const xml = await partText(second.data, "xl/workbook.xml");
    expect(xml.match(/BudgetCheck_Summary/g)).toHaveLength(1);
    expect(xml.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    // The user's sheets are still untouched, and ours reads back the same.
    await expectSourceSheetsUnchanged(first, second.data);
  });

  it("renames our sheet in place when the wanted name changes (another language)", async () => {
    const first = (await write(input)).data;
    const english = await write(first, book(summarySpec("Summary"), findingsSpec("Findings")));
    expect(english.renamedBecauseTaken).toEqual([]);
    const workbook = await loadWorkbook(english.data);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["예산", "요약", "Summary", "Findings"]);
    const xml = await partText(english.data, "xl/workbook.xml");
    expect(xml).toContain(`<definedName name="BudgetCheck_Summary" hidden="1">'Summary'!$A$1</definedName>`);
    expect(xml).toContain(`localSheetId="2">'Summary'!$4:$4</definedName>`);
  });

  it("adds a new sheet when our marker points nowhere any more", async () => {
    const first = (await write(input)).data;
    const lost = await patchPart(first, "xl/workbook.xml", (xml) => xml.replace(`'요약 (2)'!$A$1`, "#REF!$A$1"));
    const result = await write(lost);
    expect(result.sheetNames).toEqual({ summary: "요약 (3)", findings: "검증 결과" });
    const xml = await partText(result.data, "xl/workbook.xml");
    expect(xml.match(/BudgetCheck_Summary/g)).toHaveLength(1);
  });
});

describe("package details", () => {
  it("drops the calculation chain only when it replaces a sheet, and the old sheet's relationships", async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="${MAIN_NS}"><c r="D4" i="3"/></calcChain>`);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="${CALC_CHAIN}"/></Types>`));
    const first = await write(await zip.generateAsync({ type: "nodebuffer" }));
    expect((await zipEntries(first.data)).has("xl/calcChain.xml")).toBe(true);

    const written = await JSZip.loadAsync(first.data);
    written.file("xl/worksheets/_rels/sheet8.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`);
    const second = await write(await written.generateAsync({ type: "nodebuffer" }));
    const entries = await zipEntries(second.data);
    expect(entries.has("xl/calcChain.xml")).toBe(false);
    expect(entries.has("xl/worksheets/_rels/sheet8.xml.rels")).toBe(false);
    expect(await partText(second.data, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await partText(second.data, "[Content_Types].xml")).not.toContain("calcChain");
    await loadWorkbook(second.data);
  });

  it("creates <definedNames> after </sheets> and <calcPr> after it when the workbook has neither", async () => {
    const bare = await patchPart(await fixtureToXlsx({ sheets: [{ name: "예산", cells: { A1: 1 } }], names: [] }), "xl/workbook.xml", (xml) =>
      xml.replace(/<calcPr[^>]*\/>/, ""),
    );
    const result = await write(bare, book(summarySpec(), findingsSpec()));
    const xml = await partText(result.data, "xl/workbook.xml");
    expect(xml).toMatch(/<\/sheets><definedNames><definedName name="BudgetCheck_Summary" hidden="1">[^<]*<\/definedName>.*<\/definedNames><calcPr fullCalcOnLoad="1"\/>/);
    expect(orderProblems(parseXml(xml), SCHEMA_ORDER.workbook)).toEqual([]);
  });

  it("writes a 1904 workbook's dates as that system counts them", async () => {
    const base = await fixtureToXlsx({ sheets: [{ name: "예산", cells: { A1: 1 } }], names: [] });
    const input = await patchPart(base, "xl/workbook.xml", (xml) => xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
    const result = await write(input, book(summarySpec(), findingsSpec()));
    expect(await partText(result.data, "xl/worksheets/sheet2.xml")).toContain(`<c r="B2" s="`);
    expect(await partText(result.data, "xl/worksheets/sheet2.xml")).toMatch(/<c r="B2" s="\d+"><v>41911<\/v><\/c>/);
    const sheet = (await loadWorkbook(result.data)).getWorksheet("요약")!;
    expect(sheet.getCell("B2").value).toEqual(new Date(Date.UTC(2018, 8, 30)));
  });

  it("creates a stylesheet when the package has none", async () => {
    const result = await write(await minimalPackage(), book(summarySpec(), findingsSpec()));
    const entries = await zipEntries(result.data);
    expect(entries.has("xl/styles.xml")).toBe(true);
    expect(await partText(result.data, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(await partText(result.data, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    await expectValidParts(result.data, ["요약", "검증 결과"]);
    const workbook = await loadWorkbook(result.data);
    expect(workbook.getWorksheet("Data")!.getCell("A1").value).toBe("plain");
    expect(workbook.getWorksheet("요약")!.getCell("A1").font).toMatchObject({ bold: true, size: 16, name: "맑은 고딕" });
  });

  it("refuses a workbook whose structure is protected, or bytes that are not a package", async () => {
    const locked = await patchPart(SAMPLE, "xl/workbook.xml", (xml) => xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    await expect(write(locked)).rejects.toMatchObject({ name: "WorkbookWriteError", reason: "structure-protected" });
    await expect(write(Buffer.from("not a zip"))).rejects.toBeInstanceOf(WorkbookWriteError);
  });

  it("throws, producing nothing, on a spec it cannot write", async () => {
    const broken = { ...summarySpec(), cells: [{ row: 0, col: 0, content: { text: "x" }, style: "missing" }] };
    await expect(write(SAMPLE, book(broken))).rejects.toThrow('no style "missing"');
    await expect(write(SAMPLE, book(summarySpec(), { ...findingsSpec(), role: "summary" }))).rejects.toThrow("two sheets");
    await expect(write(SAMPLE, book(summarySpec("a/b")))).rejects.toThrow("cannot name a sheet");
  });
});

const office = ["soffice", "libreoffice"].find((command) => spawnSync("which", [command]).status === 0);

(office ? it : it.skip)("opens in LibreOffice (when installed), which reads our sheet as we wrote it", async () => {
  const dir = await mkdtemp(join(tmpdir(), "budget-check-write-"));
  try {
    const file = join(dir, "in", "book.xlsx");
    await mkdir(join(dir, "in"));
    await writeFile(file, (await write(SAMPLE)).data);
    const run = spawnSync(office!, ["--headless", "--convert-to", "xlsx", "--outdir", dir, file], { timeout: 120_000 });
    expect(run.status).toBe(0);
    const converted = await loadWorkbook(readFileSync(join(dir, "book.xlsx")));
    expect(converted.worksheets.map((s) => s.name)).toEqual(["개요", "예산", "사업별 예산", "인력", "장비", "내용연수", "기타 현황", "요약", "검증 결과"]);
    const summary = converted.getWorksheet("요약")!;
    expect(["A5", "A6", "A7", "A8"].map((a) => summary.getCell(a).value)).toEqual(["=1+1", "@x", "-x", "+x"]);
    expect(summary.getCell("B9").formula).toBe("SUM(B5:B8)");
    // LibreOffice writes the format back without the quotes, which means the same.
    expect(summary.getCell("B5").numFmt).toBe("#,##0;△#,##0;-");
    // (A headless conversion keeps no view settings, frozen panes included, whoever wrote the file.)
    expect(summary.model.merges).toEqual(["A1:C1"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 150_000);

/** A package as another program might write it: no styles part, no shared strings, no defined names. */
async function minimalPackage(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c></row></sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}
