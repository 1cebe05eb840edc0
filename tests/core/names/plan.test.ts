import type { ExcelTable } from "../../../src/core/names/excel-table";
import { planReads } from "../../../src/core/names/plan";

const SHEETS = ["개요", "예산", "장비 목록"];

const table = (name: string, sheet: string, ref: string, totalsRowCount = 0): ExcelTable => ({ name, sheet, ref, headerRowCount: 1, totalsRowCount });

describe("the read plan's Excel tables", () => {
  it("reads a table whose name is one of ours as that kind's range, whole, and skips the others", () => {
    const plan = planReads([], SHEETS, [
      table("Budget_2024", "예산", "B3:H20", 1),
      table("표_계약", "장비 목록", "A1:D9"),
      table("Table1", "예산", "K1:L5"),
    ]);
    expect(plan.reads).toEqual([
      { name: "Budget_2024", kind: "budget", rect: { sheet: "예산", top: 2, left: 1, bottom: 19, right: 7 }, totalsRow: 19 },
      { name: "표_계약", kind: "table", rect: { sheet: "장비 목록", top: 0, left: 0, bottom: 8, right: 3 } },
    ]);
    expect(plan.broken).toEqual([]);
  });

  it("orders tables and defined names together, by sheet and position", () => {
    const plan = planReads([{ name: "Inventory", formula: "'장비 목록'!$A$1:$J$40" }], SHEETS, [table("예산", "예산", "A3:D9")]);
    expect(plan.reads.map((r) => r.name)).toEqual(["예산", "Inventory"]);
  });

  it("counts a defined name and a table over the same cells once, as the name, with the table's totals row", () => {
    const plan = planReads([{ name: "Budget", formula: "예산!$A$3:$D$9" }], SHEETS, [table("예산", "예산", "A3:D9", 1), table("예산_2", "예산", "A3:D8")]);
    expect(plan.reads).toEqual([
      { name: "Budget", kind: "budget", rect: { sheet: "예산", top: 2, left: 0, bottom: 8, right: 3 }, totalsRow: 8 },
      { name: "예산_2", kind: "budget", rect: { sheet: "예산", top: 2, left: 0, bottom: 7, right: 3 } },
    ]);
  });

  it("reports a table on a sheet the workbook lacks as a broken range, under the table's name", () => {
    const plan = planReads([], SHEETS, [table("장비", "없는 시트", "A1:B2")]);
    expect(plan.reads).toEqual([]);
    expect(plan.broken).toEqual([{ kind: "broken-name", name: "장비", reason: "missing-sheet", sheet: "없는 시트" }]);
  });
});
