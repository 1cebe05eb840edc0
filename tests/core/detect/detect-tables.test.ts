/** Finding tables by their header words, as offices lay them out: titles, unit lines, two-row headers, footnotes. */
import { detectTables } from "../../../src/core/detect/detect-tables";
import type { CellValue, Grid } from "../../../src/core/grid";
import { validateSubjects } from "../../../src/core/validate";
import { gridOf, testOptions } from "../../helpers/grid";

function sheet(name: string, rows: CellValue[][], merges: Grid["merges"] = []): Grid {
  return { ...gridOf(rows, { sheet: name, name }), merges };
}

const REGISTER: CellValue[][] = [
  ["정보화 장비 관리대장", null, null, null, null, null],
  [null, null, null, null, null, "(단위: 천원)"],
  ["관리\n번호", "분 류", "품명", "수량", "취 득 일", "내용\r\n연수"],
  ["PC-01", "컴퓨터 본체", "데스크톱", 10, "2015. 3. 2.", 5],
  ["PC-01", "모니터", "LCD 모니터", 10, "2016-04-01", 5],
  ["NB-01", "노트북", "노트북", 2, "2020.05", 6],
  ["※ 내용연수는 조달청 고시에 따름", null, null, null, null, null],
  ["작성: 정보통신팀", "담당: 홍길동", null, null, null, null],
];

describe("detectTables", () => {
  it("finds a register under its title and unit line, headers with spaces and line breaks inside, footnote left out", () => {
    const [found, ...others] = detectTables([sheet("장비", REGISTER)], ["inventory", "usefulLife"], []);
    expect(others).toEqual([]);
    expect(found.kind).toBe("inventory");
    expect(found.rect).toEqual({ sheet: "장비", top: 2, left: 0, bottom: 5, right: 5 });
    expect(found.table.name).toBe("장비!A3:F6");
    // As cellText gives them: line breaks inside a header cell read as spaces.
    expect(found.headerWords).toEqual(["관리 번호", "분 류", "품명", "수량", "취 득 일", "내용 연수"]);
    expect(found.table.detected).toEqual({ row: 0, col: 0, defineAs: "장비" });
  });

  it("checks a found table as a named one: the duplicate id is reported at its cell", () => {
    const [found] = detectTables([sheet("장비", REGISTER)], ["inventory"], []);
    const { findings } = validateSubjects([found.table], testOptions());
    expect(findings.filter((f) => f.rule === "inventory/duplicate-id").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["장비!A5"]);
    expect(findings.filter((f) => f.rule === "workbook/detected-table").map((f) => f.cell)).toEqual(["A3"]);
  });

  it("takes the group row of a two-row header with the table", () => {
    const rows: CellValue[][] = [
      ["인력 현황", null, null, null],
      ["구분", "인원 현황", null, null],
      [null, "정원", "현원", "과부족"],
      ["일반직", 10, 9, "△1"],
      ["별정직", 2, 2, 0],
      ["계", 12, 11, 1],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 3 },
    ];
    const [found] = detectTables([sheet("인력", rows, merges)], ["staff", "budget"], []);
    expect(found.kind).toBe("staff");
    expect(found.table.name).toBe("인력!A2:D6");
    expect(found.table.grid.merges).toEqual(merges.map((m) => ({ ...m, top: m.top - 1, bottom: m.bottom - 1 })));
    const { findings } = validateSubjects([found.table], testOptions());
    expect(findings.filter((f) => f.rule === "staff/total-mismatch").map((f) => f.cell)).toEqual(["D6"]);
  });

  it("finds the report's wide staff table by its row labels under two header rows", () => {
    const rows: CellValue[][] = [
      ["인력 현황", null, null, null],
      ["구분", "계", "일반직", "일반직"],
      ["구분", null, "6급", "7급"],
      ["정원", 5, 2, 3],
      ["현원", 4, 2, 2],
      ["과부족", "△1", "-", "△1"],
    ];
    const [found] = detectTables([sheet("인력", rows)], ["staff"], []);
    expect(found.table.name).toBe("인력!A2:D6");
    expect(found.table.kind === "staff" && found.table.layout).toBe("wide");
  });

  it("tells a useful-life table from a register by how fully the header reads as each", () => {
    const rows: CellValue[][] = [["분류", "내용연수"], ["노트북", 6], ["모니터", 5]];
    expect(detectTables([sheet("내용연수", rows)], ["inventory", "usefulLife"], []).map((t) => t.kind)).toEqual(["usefulLife"]);
  });

  it("finds a table of figures by its totals, and passes over a block without any", () => {
    const rows: CellValue[][] = [
      ["1. 유지보수 계약", null, null],
      ["구분", "계", "소프트웨어"],
      ["대상(종)", 10, 10],
      [null, null, null],
      ["부서", "홍보전산과", null],
      ["기준", "2018", null],
    ];
    const found = detectTables([sheet("기타", rows)], ["table"], []);
    expect(found.map((t) => t.table.name)).toEqual(["기타!A2:C3"]);
    expect(found[0].table.detected?.defineAs).toBe("표_기타");
  });

  it("looks only for the kinds wanted, and never inside a named range", () => {
    const grids = [sheet("장비", REGISTER)];
    expect(detectTables(grids, ["budget"], [])).toEqual([]);
    expect(detectTables(grids, ["inventory"], [{ sheet: "장비", top: 2, left: 0, bottom: 5, right: 5 }])).toEqual([]);
  });

  it("names an English register in English", () => {
    const rows: CellValue[][] = [["ID", "Category", "Acquired", "Qty"], ["A-1", "PC", "2019-01-01", 1]];
    expect(detectTables([sheet("Assets", rows)], ["inventory"], [])[0].table.detected?.defineAs).toBe("Inventory");
  });

  describe("the money unit of a table found without a name", () => {
    const budget = (unitLine: CellValue[]): CellValue[][] => [
      ["2018년 예산 집행 현황", null, null, null, null, null],
      unitLine,
      ["구분", "예산액", "집행액", "잔액", null, null],
      ["합계", 3_000_000, 1_500_000, 1_500_000, null, null],
      ["인건비", 1_000_000, 500_000, 500_000, null, null],
      ["운영비", 2_000_000, 1_000_000, 1_000_000, null, null],
    ];
    const unitOf = (rows: CellValue[][], ...workbook: Parameters<typeof detectTables>[3][]) => {
      const [found] = detectTables([sheet("예산", rows)], ["budget"], [], ...workbook);
      return found.table.kind === "budget" ? found.table.unit : undefined;
    };

    it("is the (단위: …) line above it, as for a named range", () => {
      expect(unitOf(budget([null, null, null, "(단위: 원)", null, null]))).toEqual({ unit: "won", source: "above" });
    });

    it("is not a line standing beside the table, over other columns", () => {
      expect(unitOf(budget([null, null, null, null, null, "(단위: 원)"]))).toEqual({ unit: "thousandWon", source: "assumed" });
    });

    it("is the workbook's 단위 cell when no line stands above it", () => {
      expect(unitOf(budget([null, null, null, null, null, null]), { unit: "won", source: "named" })).toEqual({ unit: "won", source: "named" });
    });
  });
});
