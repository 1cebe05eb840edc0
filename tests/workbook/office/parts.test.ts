import fc from "fast-check";
import { parseEntry } from "../../../src/fake-excel/entry";
import { planBlocks, splitGroup } from "../../../src/workbook/office/blocks";
import { parseAreasAddress } from "../../../src/workbook/office/merged-areas";
import { cellFormula, cellValue } from "../../../src/workbook/office/to-grid";
import { excelWouldParse, sheetEntries, textEntry } from "../../../src/workbook/office/write/cell-entries";
import { mergeRuns } from "../../../src/workbook/office/write/render-sheet";
import { addressChunks, styleAreas } from "../../../src/workbook/office/write/style-areas";

describe("text entries", () => {
  it("quote exactly what Excel would read as something else", () => {
    for (const text of ["=1+1", "+82 2", "-", "-3", "@home", "'quoted", "#N/A", "1,234", "12%", "(12)", "2018-05-30", "2018. 5. 30.", "5월 30일", "12:30", "3:00 PM", "오후 3:00", "May 2018", "TRUE", "false", "$12", "₩1,000", "1e5", "2018", "\t#N/A", " #DIV/0!", "\r=1+1", "\t@x"]) {
      expect([text, excelWouldParse(text)]).toEqual([text, true]);
      expect(textEntry(text)).toBe(`'${text}`);
    }
    for (const text of ["예산·자산 점검 요약", "HJ-SV-2006-01", "사업별 예산!C4", "계", "Q1 target", "LED 모니터 24형"]) {
      expect([text, textEntry(text)]).toEqual([text, text]);
    }
  });

  it("come back as the very same text from the fake host's reading of typed input, whatever the text", () => {
    const anyText = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.stringMatching(/^[-+=@'#]?[\d.,:/%() ]{1,12}$/),
      fc.constantFrom("TRUE", "#DIV/0!", "2018-02-29", "2018-02-28", "1/2", " 12 ", "△3", "(12)", "\t#N/A", "\r #REF!"),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const entry = parseEntry(textEntry(text), "test");
        expect(entry).toEqual({ kind: "value", value: text, ...(excelWouldParse(text) && { quotePrefix: true }) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sheet entries", () => {
  it("size a findings sheet of a large register, more cells than a call takes arguments", () => {
    const cells = Array.from({ length: 300_000 }, (_, i) => ({ row: Math.floor(i / 3) + 2, col: i % 3, content: { number: i } }));
    const spec = { name: "점검 결과", role: "findings", cells, styles: {}, merges: [{ top: 0, left: 0, bottom: 0, right: 6 }] } as const;
    const entries = sheetEntries({ ...spec, columnWidths: [], rowHeights: {}, freeze: { rows: 0, columns: 0 }, conditionalFormats: [], charts: [], print: {} as never });
    // Rows from A1 to the last cell; the merge of row 1 writes no cell of its own, so no column past C.
    expect([entries.rows, entries.cols]).toEqual([100_002, 3]);
    expect(entries.values[100_001]).toEqual([299_997, 299_998, 299_999]);
    expect(entries.values[0]).toEqual(["", "", ""]);
  });
});

describe("merge runs", () => {
  it("merge one-row areas of consecutive rows over the same columns in one call, any other alone", () => {
    const r = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
    const runs = mergeRuns([r(0, 0, 0, 1), r(1, 0, 1, 1), r(0, 2, 2, 2), r(2, 0, 2, 1), r(1, 3, 1, 4), r(4, 0, 4, 1)]);
    expect(runs).toEqual([
      { area: r(0, 0, 2, 1), across: true },
      { area: r(4, 0, 4, 1), across: true },
      { area: r(1, 3, 1, 4), across: true },
      { area: r(0, 2, 2, 2), across: false },
    ]);
  });
});

describe("style areas", () => {
  const cells = (...addresses: [number, number][]) => addresses.map(([row, col]) => ({ row, col }));

  it("join cells into runs along a row, and equal runs of consecutive rows into rectangles", () => {
    const table = cells([4, 1], [4, 2], [4, 3], [5, 1], [5, 2], [5, 3], [6, 1], [6, 2], [6, 3], [8, 1], [8, 2], [8, 3], [9, 2]);
    expect(styleAreas(table, false)).toHaveLength(5);
    expect(styleAreas(table, true)).toEqual(
      expect.arrayContaining([
        { top: 4, left: 1, bottom: 6, right: 3 },
        { top: 8, left: 1, bottom: 8, right: 3 },
        { top: 9, left: 2, bottom: 9, right: 2 },
      ]),
    );
    expect(styleAreas(table, true)).toHaveLength(3);
  });

  it("cover every cell once", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(30), fc.nat(8)), { selector: ([r, c]) => `${r},${c}` }), fc.boolean(), (list, stack) => {
        const areas = styleAreas(cells(...list), stack);
        const covered = areas.flatMap((a) => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => Array.from({ length: a.right - a.left + 1 }, (_, j) => `${a.top + i},${a.left + j}`)).flat());
        expect(covered.sort()).toEqual(list.map(([r, c]) => `${r},${c}`).sort());
      }),
    );
  });

  it("go to getRanges in addresses Excel accepts (under 8,192 characters)", () => {
    const rects = Array.from({ length: 3000 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2, right: 3 }));
    const chunks = [...addressChunks(rects)];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(8000);
    expect(chunks.join(",").split(",")).toHaveLength(3000);
    expect(chunks[0].startsWith("A1:D1,A3:D3")).toBe(true);
  });
});

describe("read blocks", () => {
  const area = (rows: number, cols = 10) => ({ sheet: "장비", top: 2, left: 0, rows, cols });

  it("read small areas together and cut a large one into row blocks", () => {
    expect(planBlocks([area(5), area(0), area(20)], 1000)).toEqual([
      [
        { area: 0, sheet: "장비", top: 2, left: 0, rows: 5, cols: 10 },
        { area: 2, sheet: "장비", top: 2, left: 0, rows: 20, cols: 10 },
      ],
    ]);
    const groups = planBlocks([area(250)], 1000);
    expect(groups.map((g) => g.map((b) => [b.top, b.rows]))).toEqual([[[2, 100]], [[102, 100]], [[202, 50]]]);
  });

  it("halve a refused group by blocks, then a block by rows, down to one row", () => {
    const [group] = planBlocks([area(5), area(7)], 1000);
    expect(splitGroup(group)!.map((g) => g.length)).toEqual([1, 1]);
    expect(splitGroup([group[1]])!.map((g) => g.map((b) => [b.top, b.rows]))).toEqual([[[2, 4]], [[6, 3]]]);
    expect(splitGroup([{ ...group[0], rows: 1 }])).toBeNull();
  });
});

describe("Office values to grid values", () => {
  it("tell an error value from text by its value type, and an empty cell from an empty string", () => {
    expect(cellValue("#N/A", "Error")).toEqual({ error: "#N/A" });
    expect(cellValue("#N/A", "String")).toBe("#N/A");
    expect(cellValue("", "Empty")).toBeNull();
    expect(cellValue("", "String")).toBe("");
    expect(cellValue(43373, "Double")).toBe(43373);
    expect(cellValue(true, "Boolean")).toBe(true);
  });

  it("take a formula only where the cell holds one, not text that starts with =", () => {
    expect(cellFormula("=SUM(B5:B9)", 4165473, "Double")).toBe("=SUM(B5:B9)");
    expect(cellFormula('=""', "", "String")).toBe('=""');
    expect(cellFormula("=1+1", "=1+1", "String")).toBeNull();
    expect(cellFormula(42, 42, "Double")).toBeNull();
  });

  it("read merged areas from a RangeAreas address, quoted sheet names with commas included", () => {
    expect(parseAreasAddress("'인력, 2018'!C3:H3, '인력, 2018'!A3:A4,'인력, 2018'!J9")).toEqual([
      { top: 2, left: 2, bottom: 2, right: 7 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 8, left: 9, bottom: 8, right: 9 },
    ]);
  });
});
