import figures from "../../../assets/seed/figures.json";
import type { CellValue } from "../../../src/core/grid";
import { gridOf, validateGrids } from "../../helpers/grid";

describe("Table_* ranges", () => {
  const contracts = (): CellValue[][] => [figures.maintenanceContracts.header, ...figures.maintenanceContracts.rows] as CellValue[][];

  it("checks a 계 column across each row", () => {
    expect(validateGrids([{ kind: "table", grid: gridOf(contracts(), { name: "Table_유지보수" }) }]).findings).toEqual([]);
    const rows = contracts();
    rows[2][3] = 156558; // 156,585 with two digits swapped
    const { findings } = validateGrids([{ kind: "table", grid: gridOf(rows, { name: "Table_유지보수" }) }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "table/total-mismatch", cell: "B3", messageId: "across" });
    expect(findings[0].message).toContain("숫자 자리 바뀜 의심");
  });

  it("checks a 계 row down each column, wherever it stands", () => {
    const devices = figures.officeDevicesDistributed2018;
    const rows = [devices.header, devices.total, ...devices.rows] as CellValue[][];
    expect(validateGrids([{ kind: "table", grid: gridOf(rows, { name: "표_보급" }) }]).findings).toEqual([]);
    rows[3][1] = 219;
    const { findings } = validateGrids([{ kind: "table", grid: gridOf(rows, { name: "표_보급" }) }]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["table/total-mismatch", "B2"]]);
  });

  it("never sums a rate column", () => {
    const rows: CellValue[][] = [
      ["구분", "건수", "비율(%)"],
      ["가", 1, 25],
      ["나", 3, 75],
      ["계", 4, 100],
    ];
    expect(validateGrids([{ kind: "table", grid: gridOf(rows, { name: "Table_x" }) }]).findings).toEqual([]);
  });
});
