import { programSpans, programTree } from "../../../src/core/tables/program-tree";
import { levelledTable } from "../../helpers/levelled-table";

describe("programTree", () => {
  it("gives each row the rows one level below it up to the next row of its level or higher", () => {
    expect(programTree([0, 1, 2, 2, 1, 0, 1])).toEqual({
      children: [[1, 4], [2, 3], [], [], [], [6], []],
      roots: [0, 5],
    });
  });

  it("makes every row a root of a flat table", () => {
    expect(programTree([0, 0, 0])).toEqual({ children: [[], [], []], roots: [0, 1, 2] });
  });

  it("hangs a row that skips a level under the nearest row above it on a higher level", () => {
    expect(programTree([0, 2, 1])).toEqual({ children: [[1, 2], [], []], roots: [0] });
  });

  it("stays linear on a deep and long table", () => {
    const levels = Array.from({ length: 200_000 }, (_, i) => i % 5);
    const started = performance.now();
    const { roots } = programTree(levels);
    expect(roots).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("programSpans", () => {
  it("spans each top-level program from its row through its last descendant's, in sheet rows", () => {
    // Grid rows: header 0, then 정보화 추진 1 … 기본경비 6, 계 7; the grid starts on sheet row 10.
    const table = levelledTable();
    expect(programSpans({ ...table, grid: { ...table.grid, top: 10 } })).toEqual([
      { label: "정보화 추진", first: 11, last: 15 },
      { label: "기본경비", first: 16, last: 16 },
    ]);
  });

  it("finds none in a table without levels", () => {
    const table = levelledTable();
    expect(programSpans({ ...table, rows: table.rows.map(({ level: _, ...row }) => row) })).toEqual([]);
  });
});
