import { pageBreaks, type PrintedRows } from "../../../src/core/summary/page-breaks";

/** The summary's columns: 117 characters, which A4 portrait prints at about three quarters of their size. */
const WIDTHS = [28, 13, 12, 12, 9, 11, 11, 11, 10];
/** Rows of 15 points: a page holds 60-odd of them at that scale. */
function sheet(rows: number, blocks: PrintedRows["blocks"], titleRows = 1): PrintedRows {
  return { area: { top: 0, bottom: rows - 1 }, heightOf: () => 15, columnWidths: WIDTHS, titleRows, blocks };
}

describe("page breaks", () => {
  const natural = pageBreaks(sheet(300, []))[0];

  it("breaks where a page is full, nowhere on a sheet that fits one page", () => {
    expect(natural).toBeGreaterThan(55);
    expect(natural).toBeLessThan(70);
    expect(pageBreaks(sheet(natural, []))).toEqual([]);
  });

  it("moves a table that would run over the page's end to the next page, heading and all", () => {
    const table = { first: natural - 5, last: natural + 10 };
    const breaks = pageBreaks(sheet(300, [table]));
    expect(breaks[0]).toBe(table.first);
    // The next page holds the title row printed again, so it ends a row sooner than the first.
    expect(breaks[1] - breaks[0]).toBe(natural - 1);
  });

  it("leaves a table that ends on the page where it is", () => {
    expect(pageBreaks(sheet(300, [{ first: natural - 10, last: natural - 1 }]))[0]).toBe(natural);
  });

  it("lets a table taller than a page flow, starting it on a new page only when fewer than four of its rows would fit", () => {
    expect(pageBreaks(sheet(300, [{ first: natural - 10, last: natural + 100 }]))[0]).toBe(natural);
    expect(pageBreaks(sheet(300, [{ first: natural - 2, last: natural + 100 }]))[0]).toBe(natural - 2);
  });

  it("prints more rows on a page when the columns are wider, as the page is scaled down more to fit them", () => {
    const wide = pageBreaks({ ...sheet(300, []), columnWidths: WIDTHS.map((w) => w * 1.5) })[0];
    expect(wide).toBeGreaterThan(natural * 1.4);
    // Columns narrower than the page are printed at full size.
    expect(pageBreaks({ ...sheet(300, []), columnWidths: [20] })[0]).toBe(pageBreaks({ ...sheet(300, []), columnWidths: [10] })[0]);
  });
});
