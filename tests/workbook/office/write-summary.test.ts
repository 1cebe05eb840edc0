import type { FakeCellFormat, FakeExcel, FakeWorkbook } from "../../../src/fake-excel";
import { createFakeExcel, fakeWorkbookFromXlsx, newSheet } from "../../../src/fake-excel";
import type { SummaryBook } from "../../../src/core/summary/sheet-spec";
import type { Progress } from "../../../src/core/progress";
import { PIECE_CELLS, PIECE_ROWS } from "../../../src/core/pieces";
import { writeSummaryBook } from "../../../src/workbook/office";
import { MARKER_NAMES } from "../../../src/core/summary/generated-sheets";
import { writeSheetsIntoXlsx } from "../../../src/workbook/xlsx";
import { cleanXlsx, SAMPLE_SHEETS } from "../../helpers/sample";
import { supportsOf } from "./helpers";
import { contents, sheetOf, summaryBookOf } from "./write-helpers";

/** A format as it shows, with the font defaults a file's stylesheet spells out left out. */
function shown(format: FakeCellFormat | undefined): FakeCellFormat {
  const font = { ...format?.font };
  delete font.name;
  if (font.size === 11) delete font.size;
  return { ...format, ...(Object.keys(font).length > 0 ? { font } : { font: undefined }) };
}

function write(fake: FakeExcel, book: SummaryBook) {
  return writeSummaryBook(fake.run, book, { supports: supportsOf(fake) });
}

const SOURCE_SHEETS = Object.values(SAMPLE_SHEETS);

describe("writing the summary through Office.js", () => {
  let xlsx: Buffer;
  let book: SummaryBook;
  let original: FakeWorkbook;
  beforeAll(async () => {
    xlsx = await cleanXlsx();
    book = await summaryBookOf(xlsx);
    original = await fakeWorkbookFromXlsx(xlsx);
  });
  const fresh = async (options = {}) => createFakeExcel(await fakeWorkbookFromXlsx(xlsx), options);

  it("puts the same values, formulas and number formats in the same cells as the .xlsx writer, with the same look", async () => {
    const fake = await fresh();
    await write(fake, book);
    const file = await fakeWorkbookFromXlsx((await writeSheetsIntoXlsx(xlsx, book, { lang: "ko" })).data);
    const ours = sheetOf(fake.workbook, "요약");
    const theirs = sheetOf(file, "요약");
    expect(Object.keys(contents(ours)).length).toBeGreaterThan(300);
    expect(contents(ours)).toEqual(contents(theirs));
    for (const address of Object.keys(theirs.cells)) expect([address, shown(ours.cells[address]?.format)]).toEqual([address, shown(theirs.cells[address].format)]);
    expect(ours.merges.sort()).toEqual(theirs.merges.sort());
    expect(ours.columnWidths).toEqual(theirs.columnWidths);
    expect(ours.rowHeights).toEqual(theirs.rowHeights);
    expect(ours.freeze).toEqual(theirs.freeze);
  });

  it("keeps every source cell, name and sheet as it was, and adds the sheets at the end", async () => {
    const fake = await fresh();
    await write(fake, book);
    for (const name of SOURCE_SHEETS) expect(sheetOf(fake.workbook, name)).toEqual(sheetOf(original, name));
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), "요약", "검증 결과"]);
    expect(fake.workbook.names.filter((n) => !n.name.startsWith("BudgetCheck_"))).toEqual(original.names);
  });

  it("does it in four round trips: look, write, swap, then the printed page", async () => {
    const fake = await fresh();
    await write(fake, book);
    expect(fake.syncCount).toBe(4);
  });

  it("marks the sheet with a hidden name, shows it, and draws the native charts, data bars and printed page", async () => {
    const fake = await fresh();
    await write(fake, book);
    expect(fake.workbook.names.find((n) => n.name === MARKER_NAMES.summary)).toEqual({ name: MARKER_NAMES.summary, formula: "=요약!$A$1", visible: false });
    expect(fake.workbook.activeSheet).toBe("요약");
    const summary = sheetOf(fake.workbook, "요약");
    const [spec] = book.sheets;
    expect(summary.charts.map((c) => [c.type, c.title.text, c.series[0].values, c.series[0].xValues, c.legendVisible])).toEqual(
      spec.charts.map((c) => [c.kind === "bar" ? "BarClustered" : "ColumnClustered", c.title, expect.any(String), expect.any(String), false]),
    );
    const firstBar = spec.charts[0].anchor;
    expect(summary.charts[0].position).toEqual({ start: `K${firstBar.top + 1}`, end: `Q${firstBar.bottom + 1}` });
    expect(summary.conditionalFormats).toEqual(
      spec.conditionalFormats.map((bar) => expect.objectContaining({ type: "DataBar", lowerBound: { type: "Number", formula: "0" }, upperBound: { type: "Number", formula: "1" }, fillColor: "#5B9BD5" })),
    );
    expect(summary.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      printArea: `A1:I${spec.print.area!.bottom + 1}`,
      headerFooter: { centerFooter: "- &P / &N -", rightFooter: "인쇄 &D" },
      // Each break above the row its page starts at, as the model asks: never inside a table.
      rowBreaks: spec.print.rowBreaks!.map((row) => row + 1),
    });
    expect(spec.print.rowBreaks!.length).toBeGreaterThan(0);
  });

  it("writes the title block with the 결재란's empty boxes at its top right, and the footer on every page", async () => {
    const fake = await fresh();
    await write(fake, book);
    const summary = sheetOf(fake.workbook, "요약");
    expect(["A1", "G2", "H2", "I2"].map((a) => summary.cells[a].value)).toEqual(["2018년 홍보전산과 예산·자산 현황", "담당", "팀장", "과장"]);
    expect(summary.merges).toEqual(expect.arrayContaining(["A1:I1", "A2:F2", "G3:G4", "H3:H4", "I3:I4"]));
    expect(["G3", "H3", "I3"].map((a) => summary.cells[a]?.value ?? "")).toEqual(["", "", ""]);
    const findings = sheetOf(fake.workbook, "검증 결과");
    expect(findings.pageLayout.headerFooter).toEqual({ centerFooter: "- &P / &N -", rightFooter: "인쇄 &D" });
  });

  it("links each finding to its cell", async () => {
    const fake = await fresh();
    await write(fake, book);
    const summary = sheetOf(fake.workbook, "요약");
    const links = book.sheets[0].cells.filter((c) => c.link !== undefined);
    expect(links.length).toBeGreaterThan(30);
    const firstFinding = Object.values(summary.cells).find((c) => c.value === "장비!F11");
    expect(firstFinding?.hyperlink).toEqual({ documentReference: "'장비'!F11" });
  });

  it("keeps workbook text as text, even when it reads like a formula, a number or a date", async () => {
    const texts = ["=1+1", "+82 2", "-", "@home", "1,234", "2018-05-30", "TRUE", "#N/A", "'quoted", "2018"];
    const odd = await summaryBookOf(xlsx, (findings) => texts.map((message, i) => ({ ...findings[i], severity: "warning" as const, message })));
    const fake = await fresh();
    await write(fake, odd);
    const cells = Object.values(sheetOf(fake.workbook, "요약").cells);
    for (const text of texts) {
      const cell = cells.find((c) => c.value === text);
      expect([text, typeof cell?.value, cell?.formula]).toEqual([text, "string", undefined]);
    }
  });

  it("takes 요약 (2) next to a user's own 요약, which it leaves alone", async () => {
    const fake = await fresh();
    const users = newSheet("요약", "{user}");
    users.cells.A1 = { value: "사용자 메모" };
    fake.workbook.sheets.push(users);
    const result = await write(fake, book);
    expect(result).toEqual({ sheetNames: { summary: "요약 (2)", findings: "검증 결과" }, renamedBecauseTaken: ["summary"] });
    expect(sheetOf(fake.workbook, "요약").cells).toEqual({ A1: { value: "사용자 메모" } });
    expect(sheetOf(fake.workbook, "요약 (2)").cells.A1.value).toBe("2018년 홍보전산과 예산·자산 현황");
  });

  it("replaces its own earlier sheet where it stands, with one sheet and one marker", async () => {
    const fake = await fresh();
    await write(fake, book);
    // The user moves our sheet between two of theirs, then generates again.
    const sheets = fake.workbook.sheets;
    sheets.splice(2, 0, ...sheets.splice(sheets.findIndex((s) => s.name === "요약"), 1));
    const again = await write(fake, book);
    expect(again).toEqual({ sheetNames: { summary: "요약", findings: "검증 결과" }, renamedBecauseTaken: [] });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([...SOURCE_SHEETS.slice(0, 2), "요약", ...SOURCE_SHEETS.slice(2), "검증 결과"]);
    expect(fake.workbook.names.filter((n) => n.name.startsWith("BudgetCheck_"))).toEqual([
      { name: MARKER_NAMES.summary, formula: "=요약!$A$1", visible: false },
      { name: MARKER_NAMES.findings, formula: "='검증 결과'!$A$1", visible: false },
    ]);
    // Two writes of four round trips each: look, write, swap, then the printed page.
    expect(fake.syncCount).toBe(8);
  });

  it("writes the companion sheets of a long list and links the summary to them", async () => {
    const long = await summaryBookOf(xlsx, (findings) => Array.from({ length: 250 }, (_, i) => ({ ...findings[0], cell: `C${i + 1}` })));
    expect(long.sheets.map((s) => s.role)).toEqual(["summary", "findings"]);
    const fake = await fresh();
    const result = await write(fake, long);
    expect(result.sheetNames).toEqual({ summary: "요약", findings: "검증 결과" });
    const link = Object.values(sheetOf(fake.workbook, "요약").cells).find((c) => c.hyperlink?.documentReference?.startsWith("'검증 결과'"));
    expect(link?.hyperlink).toEqual({ documentReference: "'검증 결과'!A1" });
    expect(Object.values(sheetOf(fake.workbook, "검증 결과").cells).filter((c) => c.hyperlink).length).toBe(250);
    expect(fake.syncCount).toBe(4);
  });

  it("sends a list too long for one request in parts, each under the limit, the queued estimate never short", async () => {
    const long = await summaryBookOf(xlsx, (findings) => Array.from({ length: 2_000 }, (_, i) => ({ ...findings[0], cell: `C${i + 1}` })));
    // A limit a fiftieth of Excel's, and a payload limit at 90 % of it, as the writer aims at 90 % of 5 MB.
    const fake = await fresh({ requestLimit: 100_000 });
    await writeSummaryBook(fake.run, long, { supports: supportsOf(fake), requestPayloadLimit: 90_000 });
    const findings = sheetOf(fake.workbook, "검증 결과");
    expect(Object.values(findings.cells).filter((c) => c.hyperlink).length).toBe(2_000);
    expect(findings.merges.length).toBeGreaterThanOrEqual(2_000);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.payloads.map((p) => p.request))).toBeLessThanOrEqual(100_000);
  });

  it("given the pane's pace, prepares a long list in pieces: the same sheets in the same round trips, with pauses", async () => {
    const long = await summaryBookOf(xlsx, (findings) => Array.from({ length: 6_000 }, (_, i) => ({ ...findings[0], cell: `C${i + 1}` })));
    const plain = await fresh();
    await write(plain, long);
    const paced = await fresh();
    const heard: Progress[] = [];
    const pace = (progress: Progress) => {
      heard.push(progress);
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    await writeSummaryBook(paced.run, long, { supports: supportsOf(paced), pace });
    expect(paced.workbook).toEqual(plain.workbook);
    expect(paced.syncCount).toBe(plain.syncCount);
    expect(paced.payloads).toEqual(plain.payloads);
    // At least a pause for every PIECE_CELLS cells read into the arrays, and one for every PIECE_ROWS rows sized.
    const cells = long.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
    expect(heard.length).toBeGreaterThanOrEqual(Math.floor(cells / PIECE_CELLS) + Math.floor(6_000 / PIECE_ROWS));
    expect(new Set(heard.map((p) => p.step))).toEqual(new Set(["write"]));
  });

  it("queues a long list's values in blocks of at most PIECE_ROWS rows, each serialized apart, in the same round trips", async () => {
    const long = await summaryBookOf(xlsx, (findings) => Array.from({ length: 6_000 }, (_, i) => ({ ...findings[0], cell: `C${i + 1}` })));
    const fake = await fresh();
    await write(fake, long);
    const rowsOf = (spec: SummaryBook["sheets"][number]) => spec.cells.reduce((most, cell) => Math.max(most, cell.row + 1), 0);
    const blocks = long.sheets.reduce((sum, spec) => sum + Math.ceil(rowsOf(spec) / PIECE_ROWS), 0);
    const writes = fake.operations.filter((o) => o.label === "Range.values");
    expect(long.sheets.map(rowsOf).some((rows) => rows > 3 * PIECE_ROWS)).toBe(true);
    expect(writes.length).toBe(blocks);
    expect(new Set(writes.map((o) => o.sync)).size).toBe(1);
    expect(fake.syncCount).toBe(4);
  });

  it("does without ExcelApi 1.9: one range per area for formats, no page setup", async () => {
    const fake = await fresh({ apiVersion: "1.7" });
    await write(fake, book);
    const file = await fakeWorkbookFromXlsx((await writeSheetsIntoXlsx(xlsx, book, { lang: "ko" })).data);
    const ours = sheetOf(fake.workbook, "요약");
    expect(contents(ours)).toEqual(contents(sheetOf(file, "요약")));
    expect(shown(ours.cells.A7.format)).toEqual(shown(sheetOf(file, "요약").cells.A7.format));
    expect(ours.pageLayout.paperSize).toBe("Letter");
  });

  describe("when Excel refuses the printed page (office-js issue 1860)", () => {
    for (const operation of ["PageLayout.zoom", "PageLayout.setPrintTitleRows", "PageLayout.setPrintArea"]) {
      it(`keeps the summary written and says the page set-up failed (${operation})`, async () => {
        const fake = await fresh();
        fake.failOn({ operation, code: "InvalidArgument" });
        const result = await write(fake, book);
        expect(result).toEqual({ sheetNames: { summary: "요약", findings: "검증 결과" }, renamedBecauseTaken: [], printSetupFailed: true });
        const clean = await fresh();
        await write(clean, book);
        expect(contents(sheetOf(fake.workbook, "요약"))).toEqual(contents(sheetOf(clean.workbook, "요약")));
        expect(fake.workbook.names.some((n) => n.name === MARKER_NAMES.summary)).toBe(true);
        expect(fake.workbook.activeSheet).toBe("요약");
      });
    }

    it("sets the page up in a batch of its own, after the swap", async () => {
      const fake = await fresh();
      await write(fake, book);
      const sync = (label: string) => fake.operations.find((o) => o.label === label)!.sync;
      expect(sync("PageLayout.zoom")).toBeGreaterThan(sync("Worksheet.activate"));
      expect(sync("PageLayout.zoom")).toBe(fake.syncCount);
    });
  });

  describe("when Excel fails midway", () => {
    const failures = [
      { operation: "Range.values" },
      { operation: "Range.merge", occurrence: 3 },
      { operation: "Chart.setPosition" },
      { sync: 2 },
      { operation: "Worksheet.name" }, // in the swap
      { operation: "NamedItemCollection.add", code: "AccessDenied" },
      { operation: "Worksheet.activate" },
    ];
    for (const failure of failures) {
      it(`leaves no new sheet and no marker behind (${JSON.stringify(failure)})`, async () => {
        const fake = await fresh();
        fake.failOn(failure);
        await expect(write(fake, book)).rejects.toMatchObject({ code: failure.code ?? "GeneralException" });
        expect(fake.workbook.sheets).toEqual(original.sheets);
        expect(fake.workbook.names).toEqual(original.names);
      });
    }

    it("keeps the earlier summary, its name, place and marker, when the swap fails", async () => {
      const fake = await fresh();
      await write(fake, book);
      const before = structuredClone(fake.workbook);
      fake.failOn({ operation: "Worksheet.delete" });
      await expect(write(fake, book)).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      expect(sheetOf(fake.workbook, "요약")).toEqual(sheetOf(before, "요약"));
      expect(fake.workbook.names).toEqual(before.names);
    });

    it("keeps the new summary in place of the earlier one that a swap failing at its second deletion already deleted", async () => {
      const fake = await fresh();
      await write(fake, book);
      const before = structuredClone(fake.workbook);
      fake.failOn({ operation: "Worksheet.delete", occurrence: 2 });
      await expect(write(fake, book)).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      const summary = sheetOf(fake.workbook, "요약");
      expect(summary.id).not.toBe(sheetOf(before, "요약").id);
      expect({ ...summary, id: "" }).toEqual({ ...sheetOf(before, "요약"), id: "" });
      expect(sheetOf(fake.workbook, "검증 결과")).toEqual(sheetOf(before, "검증 결과"));
      expect(fake.workbook.names).toEqual(before.names);
    });
  });
});
