/**
 * Reading a long register in pieces, as the pane does (core/pieces.ts): parsing a named register and finding
 * one by its header words pause every PIECE_ROWS rows at most, and give what the straight run gives.
 */
import { detectTables, detectTablesPieces } from "../../src/core/detect/detect-tables";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseTable, parseTablePieces } from "../../src/core/kinds/parse";
import { PIECE_ROWS } from "../../src/core/pieces";
import { ASSUMED_UNIT } from "../../src/core/units/money-unit";
import { subjectsOf, subjectsOfPieces } from "../../src/core/validate";
import { planReads } from "../../src/core/names/plan";
import { gridOf } from "../helpers/grid";
import { stepThrough, watchedRows } from "../helpers/pieces";

const LOTS = 5_000;
const TITLE_ROWS = 2;

/** A register under a title and a unit line, `LOTS` lots long, with a 계 row and a footnote below. */
function registerRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ["정보화 장비 관리대장", null, null, null, null, null],
    [null, null, null, null, null, "(단위: 천원)"],
    ["관리번호", "분류", "품명", "수량", "취득일", "단가"],
  ];
  for (let i = 0; i < LOTS; i++) rows.push([`PC-${i}`, "컴퓨터 본체", i % 7 === 0 ? null : "데스크톱", i % 11 === 0 ? "1" : 1, 41_000 + i, 1_200]);
  rows.push(["계", null, null, LOTS, null, null]);
  rows.push([null, null, null, null, null, null]);
  rows.push(["※ 단가는 취득 당시 가격", null, null, null, null, null]);
  return rows;
}

/** The register as a grid whose rows note which of them each piece reads. */
function watchedGrid(rows: CellValue[][], name: string) {
  const watched = watchedRows(rows);
  const grid: Grid = { ...gridOf([]), name, sheet: "장비", values: watched.rows };
  return { grid, take: watched.take };
}

/** Runs the pieces, keeping the number of rows each piece read. */
function piecesRead<T>(pieces: Generator<void, T, undefined>, take: () => Set<number>): { result: T; read: number[] } {
  const read: number[] = [];
  take();
  const result = stepThrough(pieces, () => read.push(take().size));
  return { result, read };
}

describe("a named register parsed in pieces", () => {
  const rows = registerRows().slice(TITLE_ROWS);

  it("reads at most PIECE_ROWS rows between two pauses (and the header), and parses as at once", () => {
    const { grid, take } = watchedGrid(rows, "Inventory");
    const { result, read } = piecesRead(parseTablePieces("inventory", grid, ASSUMED_UNIT), take);
    expect(read.length).toBeGreaterThanOrEqual(Math.floor(LOTS / PIECE_ROWS) + 1);
    expect(Math.max(...read)).toBeLessThanOrEqual(PIECE_ROWS + 1);
    expect(result).toEqual(parseTable("inventory", gridOf(rows, { name: "Inventory", sheet: "장비" }), ASSUMED_UNIT));
  });

  it("subjectsOf pauses between the plan's tables and within the register, with the same subjects", () => {
    const names = [
      { name: "Inventory", formula: `=장비!$A$1:$F$${rows.length}` },
      { name: "UsefulLife", formula: "=내용연수!$A$1:$B$2" },
    ];
    const plan = planReads(names, ["장비", "내용연수"], []);
    const grids = [gridOf(rows, { name: "Inventory", sheet: "장비" }), gridOf([["분류", "내용연수"], ["컴퓨터 본체", 5]], { name: "UsefulLife", sheet: "내용연수" })];
    let pauses = 0;
    const subjects = stepThrough(subjectsOfPieces(plan, grids, [], ASSUMED_UNIT), () => pauses++);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(LOTS / PIECE_ROWS) + plan.reads.length);
    expect(subjects).toEqual(subjectsOf(plan, grids));
    expect(subjects.map((s) => s.kind)).toEqual(["inventory", "usefulLife"]);
  });
});

describe("a register found by its header words in pieces", () => {
  it("looks at, cuts out and parses at most PIECE_ROWS rows of the sheet between two pauses, and finds what detectTables finds", () => {
    const rows = registerRows();
    const { grid, take } = watchedGrid(rows, "장비");
    const { result, read } = piecesRead(detectTablesPieces([grid], ["inventory", "table"], [], ASSUMED_UNIT), take);
    // Each row under the header is looked at (the table's extent), then cut out: two passes over the sheet's rows.
    expect(read.length).toBeGreaterThanOrEqual(2 * Math.floor(LOTS / PIECE_ROWS));
    expect(Math.max(...read)).toBeLessThanOrEqual(PIECE_ROWS);
    const straight = detectTables([{ ...grid, values: rows }], ["inventory", "table"], []);
    expect(result).toEqual(straight);
    expect(result.map((found) => found.table.name)).toEqual([`장비!A3:F${TITLE_ROWS + 1 + LOTS + 1}`]);
  });
});
