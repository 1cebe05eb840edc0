import figures from "../../../assets/seed/figures.json";
import type { CellValue } from "../../../src/core/grid";
import staff from "../../../src/core/kinds/staff";
import { gridOf, validateGrids } from "../../helpers/grid";

/** The seed's wide layout as a reader sees it: merged series cells carry their value across. */
const wideRows = (): CellValue[][] => [
  figures.staff.headerSeries,
  figures.staff.headerGrade.map((g, i) => (i < 2 ? figures.staff.headerSeries[i] : g)),
  ...figures.staff.rows,
] as CellValue[][];

describe("staff tables", () => {
  it("reads the seed's wide layout: two header rows, 계 column, 정원/현원/과부족 rows", () => {
    const table = staff.parse("Staff", gridOf(wideRows(), { name: "Staff" }));
    if (table?.kind !== "staff") throw new Error("not recognised");
    expect(table.layout).toBe("wide");
    expect(table.firstDataRow).toBe(2);
    expect(table.differences).toHaveLength(15);
    // 계 column = sum of the 14 grade columns, for each of the three rows.
    expect(table.totals).toHaveLength(3);
    expect(table.totals[0].parts).toHaveLength(14);
  });

  it("validates the seed's staff table with only the text cells as info", () => {
    const { findings } = validateGrids([{ kind: "staff", grid: gridOf(wideRows(), { name: "Staff" }) }]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.every((f) => f.rule === "cell/number-as-text")).toBe(true);
    // △1 in 과부족 under 8급 stays minus one: the 계 of 과부족 is +1 only if it does.
    expect(findings.some((f) => f.messageId === "dashesAndMinus" && f.cells?.includes("G5"))).toBe(true);
  });

  it("catches a wrong 과부족 and a wrong 계", () => {
    const rows = wideRows();
    rows[4][6] = "1"; // 과부족 8급: 5 − 6 is △1, not 1
    rows[3][1] = 29; // 현원 계: 28
    const { findings } = validateGrids([{ kind: "staff", grid: gridOf(rows, { name: "Staff", sheet: "인력" }) }]);
    const errors = findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["staff/total-mismatch", "B4"],
        ["staff/difference-mismatch", "B5"],
        ["staff/difference-mismatch", "G5"],
        ["staff/total-mismatch", "B5"],
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it("reads the long layout with a total row", () => {
    const rows: CellValue[][] = [
      ["직종", "직급", "정원", "현원", "과부족"],
      ["일반직", "6급", 4, 7, 3],
      ["일반직", "9급", 4, 1, "△3"],
      ["계", "", 8, 8, 1],
    ];
    const { findings } = validateGrids([{ kind: "staff", grid: gridOf(rows, { name: "Staff" }) }]);
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([
      ["staff/difference-mismatch", "E4"],
      ["staff/total-mismatch", "E4"],
    ]);
  });
});
