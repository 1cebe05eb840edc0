import { fixtureToXlsx } from "../../../../scripts/sample/workbook-fixture";
import { withExcelTables } from "../../../../scripts/sample/excel-tables";
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function tablesOf(xml: string) {
  const book = await fixtureToXlsx({ sheets: [{ name: "개요", cells: { A1: "표지" } }, { name: "It's 장비", cells: { A1: "관리번호" } }], names: [] });
  const xlsx = await withExcelTables(book, [{ sheet: "It's 장비", name: "", ref: "", xml }]);
  return (await openXlsxBuffer(xlsx, "tables.xlsx").then((source) => source.outline())).tables;
}

describe("the .xlsx reader's Excel tables", () => {
  it("take the name formulas use (displayName), the range without $, and the sheet that relates the part", async () => {
    const tables = await tablesOf(`<x:table xmlns:x="${MAIN.slice(7, -1)}" id="1" name="Table1" displayName="장비" ref="$a$3:$k$58" totalsRowCount="1"/>`);
    expect(tables).toEqual([{ name: "장비", sheet: "It's 장비", ref: "A3:K58", headerRowCount: 1, totalsRowCount: 1 }]);
  });

  it("read a hidden header row, and a totals row shown once but not now as none", async () => {
    const tables = await tablesOf(`<table ${MAIN} id="1" name="장비" ref="A4:K58" headerRowCount="0" totalsRowShown="1"/>`);
    expect(tables).toEqual([{ name: "장비", sheet: "It's 장비", ref: "A4:K58", headerRowCount: 0, totalsRowCount: 0 }]);
  });

  it("are none in a workbook without table parts", async () => {
    const book = await fixtureToXlsx({ sheets: [{ name: "개요", cells: { A1: "표지" } }], names: [] });
    expect((await (await openXlsxBuffer(book, "plain.xlsx")).outline()).tables).toEqual([]);
  });
});
