import { ASSUMED_UNIT, convertAmount, tableUnit, unitInCell, unitInHeader, unitInLine, unitSuffix } from "../../../src/core/units/money-unit";
import { sectionUnit } from "../../../src/core/summary/unit";
import { gridOf } from "../../helpers/grid";

describe("money units as these offices write them", () => {
  it("reads the unit a header states in brackets at its end, in any spacing, Unicode form or bracket", () => {
    expect(unitInHeader("예산액(원)")).toBe("won");
    expect(unitInHeader("예산액 (천원)")).toBe("thousandWon");
    expect(unitInHeader("집행액（백만원）")).toBe("millionWon");
    expect(unitInHeader("예산액(단위: 원)")).toBe("won");
    expect(unitInHeader("예산액 [단위 : 천원]")).toBe("thousandWon");
    expect(unitInHeader("Budget (KRW)")).toBe("won");
    expect(unitInHeader("예산액(원)".normalize("NFD"))).toBe("won");
    // Brackets that are no money unit, or a unit that is not at the end, say nothing.
    expect(unitInHeader("집행률(%)")).toBeUndefined();
    expect(unitInHeader("내용연수(년)")).toBeUndefined();
    expect(unitInHeader("예산액")).toBeUndefined();
    expect(unitInHeader("(원)예산액")).toBeUndefined();
  });

  it("reads a unit line above a table, and the unit a named cell holds", () => {
    expect(unitInLine("(단위: 천원)")).toBe("thousandWon");
    expect(unitInLine("단위 : 원")).toBe("won");
    expect(unitInLine("［단위：백만원］")).toBe("millionWon");
    expect(unitInLine("2024년 예산 현황 (단위: 백만원, %)")).toBe("millionWon");
    expect(unitInLine("(단위: 명)")).toBeUndefined();
    expect(unitInLine("단위사업별 예산")).toBeUndefined();
    expect(unitInCell("천원")).toBe("thousandWon");
    expect(unitInCell(" 원 ")).toBe("won");
    expect(unitInCell("(백만원)")).toBe("millionWon");
    expect(unitInCell("(단위: 원)")).toBe("won");
    expect(unitInCell("kg")).toBeUndefined();
  });

  it("takes a table's unit from its header first, then a line inside its range above the header, then the fallback", () => {
    const header = ["사업명", "예산액(원)", "집행액"];
    expect(tableUnit(gridOf([header, ["가", 1, 1]]), 0, [1, 2], ASSUMED_UNIT)).toEqual({ unit: "won", source: "header" });
    const noted = gridOf([["사업명", "예산액", "집행액", "비고 (단위: 백만원)"], ["가", 1, 1, null]]);
    expect(tableUnit(noted, 0, [1, 2], ASSUMED_UNIT)).toEqual({ unit: "millionWon", source: "header" });
    const titled = gridOf([["2024년 예산", null, "(단위: 백만원)"], ["사업명", "예산액", "집행액"], ["가", 1, 1]]);
    expect(tableUnit(titled, 1, [1, 2], ASSUMED_UNIT)).toEqual({ unit: "millionWon", source: "above" });
    const bare = gridOf([["사업명", "예산액", "집행액"], ["가", 1, 1]]);
    expect(tableUnit(bare, 0, [1, 2], { unit: "won", source: "named" })).toEqual({ unit: "won", source: "named" });
    expect(tableUnit(bare, 0, [1, 2], ASSUMED_UNIT)).toEqual({ unit: "thousandWon", source: "assumed" });
  });

  it("converts between units and names the unit after an amount", () => {
    expect(convertAmount(1_234_000, "won", "thousandWon")).toBe(1_234);
    expect(convertAmount(1.5, "millionWon", "thousandWon")).toBe(1_500);
    expect(unitSuffix({ unit: "won", source: "header" }, "ko")).toBe("원");
    expect(unitSuffix({ unit: "won", source: "header" }, "en")).toBe(" KRW");
    expect(unitSuffix(null, "ko")).toBe("");
  });

  it("prints a section in its tables' unit, or converts them to the largest unit that keeps every digit", () => {
    type T = { unit: { unit: "won" | "thousandWon" | "millionWon"; source: "header" | "assumed" } | null; amounts: readonly number[] };
    const of = (tables: T[]) => sectionUnit(tables, (t) => t.unit, (t) => t.amounts);
    expect(of([{ unit: { unit: "won", source: "header" }, amounts: [1_234_567] }])).toEqual({ unit: "won", assumed: false, converted: false });
    expect(of([{ unit: { unit: "thousandWon", source: "assumed" }, amounts: [1] }])).toEqual({ unit: "thousandWon", assumed: true, converted: false });
    expect(of([{ unit: null, amounts: [] }])).toBeNull();
    const thousands = { unit: { unit: "thousandWon", source: "header" }, amounts: [4_165_473] } as const;
    expect(of([thousands, { unit: { unit: "won", source: "header" }, amounts: [2_000_000, 35_000] }])).toEqual({ unit: "thousandWon", assumed: false, converted: true });
    expect(of([thousands, { unit: { unit: "won", source: "header" }, amounts: [2_000_500] }])).toEqual({ unit: "won", assumed: false, converted: true });
  });
});
