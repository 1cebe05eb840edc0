import { fakeWorkbookOf, newSheet } from "../../src/fake-excel";
import { MAX_ROWS, selectionOn, sheetGrid } from "../../src/preview/shell/grid-model";

describe("the preview's grid of a fake sheet", () => {
  const workbook = () =>
    fakeWorkbookOf({
      예산: {
        A1: { value: "2018년 예산 현황" },
        B4: { value: 4165473, numberFormat: "#,##0" },
        C4: "계",
        D4: true,
        B5: { value: -3, numberFormat: '#,##0;"△"#,##0' },
      },
      장비: { A1: "관리번호" },
    });

  it("shows values through their number formats, numbers to the right and text to the left, as Excel does", () => {
    const sheet = workbook().sheets[0];
    const cells = new Map(sheetGrid(sheet).rows.flatMap((row) => row.cells.map((cell) => [cell.address, cell] as const)));
    expect([cells.get("B4")?.text, cells.get("B4")?.align]).toEqual(["4,165,473", "right"]);
    expect([cells.get("C4")?.text, cells.get("C4")?.align]).toEqual(["계", "left"]);
    expect([cells.get("D4")?.text, cells.get("D4")?.align]).toEqual(["TRUE", "center"]);
    expect(cells.get("B5")?.text).toBe("△3");
  });

  it("spans merged areas and leaves out the cells under them", () => {
    const sheet = workbook().sheets[0];
    sheet.merges = ["A1:D1"];
    const [first] = sheetGrid(sheet).rows;
    expect(first.cells[0]).toMatchObject({ address: "A1", colSpan: 4, rowSpan: 1 });
    expect(first.cells.map((cell) => cell.address)).not.toContain("B1");
    expect(first.cells[1].address).toBe("E1");
  });

  it("sizes columns and rows from points to pixels, Excel's standard size when unset", () => {
    const sheet = workbook().sheets[0];
    sheet.columnWidths[0] = 273;
    sheet.rowHeights[1] = 30;
    const grid = sheetGrid(sheet);
    expect(grid.columns.slice(0, 2).map((column) => [column.letter, column.width])).toEqual([
      ["A", 364],
      ["B", 64],
    ]);
    expect(grid.rows.slice(0, 2).map((row) => row.height)).toEqual([20, 40]);
  });

  it("draws at least a screenful, reaches the selection, and stops at MAX_ROWS", () => {
    const sheet = newSheet("큰 시트", "{1}");
    expect([sheetGrid(sheet).rows.length, sheetGrid(sheet).columns.length]).toEqual([40, 12]);
    expect(sheetGrid(sheet, { top: 99, left: 20, bottom: 99, right: 20 }).rows.length).toBe(105);
    sheet.cells[`A${MAX_ROWS + 500}`] = { value: 1 };
    const grid = sheetGrid(sheet);
    expect([grid.rows.length, grid.rowsLeftOut]).toEqual([MAX_ROWS, 500]);
  });

  it("knows the selection only on its own sheet", () => {
    const book = workbook();
    book.selection = { sheet: "예산", address: "$B$4:C5" };
    expect(selectionOn(book, book.sheets[0])).toEqual({ top: 3, left: 1, bottom: 4, right: 2 });
    expect(selectionOn(book, book.sheets[1])).toBeUndefined();
  });
});
