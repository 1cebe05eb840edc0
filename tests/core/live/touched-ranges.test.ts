import { samePlan, touchedRanges, type EditedArea } from "../../../src/core/live/touched-ranges";
import type { ReadPlan } from "../../../src/core/names/plan";

// Budget on 예산!A3:D9 (its unit line above, rows 1–2), inventory on 장비!A2:J500, useful lives on 기준!A1:B9.
const PLAN: ReadPlan = {
  reads: [
    { name: "Budget", kind: "budget", rect: { sheet: "예산", top: 2, left: 0, bottom: 8, right: 3 } },
    { name: "Inventory", kind: "inventory", rect: { sheet: "장비", top: 1, left: 0, bottom: 499, right: 9 } },
    { name: "UsefulLife", kind: "usefulLife", rect: { sheet: "기준", top: 0, left: 0, bottom: 8, right: 1 } },
  ],
  broken: [],
};

const edit = (sheet: string, address: string, moved = false): EditedArea => ({ sheet, address, moved });
const names = (touched: ReturnType<typeof touchedRanges>) => (touched.kind === "ranges" ? touched.reads.map((r) => r.name) : touched.kind);

describe("which ranges an edit touches", () => {
  it("the ranges whose cells it meets, in any case of the sheet's name, a block or several areas at once", () => {
    expect(names(touchedRanges(PLAN, [], [edit("예산", "B4")]))).toEqual(["Budget"]);
    expect(names(touchedRanges(PLAN, [], [edit("장비", "J500:K501")]))).toEqual(["Inventory"]);
    expect(names(touchedRanges(PLAN, [], [edit("예산", "Z1, B9"), edit("장비", "C:C")]))).toEqual(["Budget", "Inventory"]);
  });

  it("a range whose unit line above it was edited", () => {
    expect(names(touchedRanges(PLAN, [], [edit("예산", "D2")]))).toEqual(["Budget"]);
  });

  it("none for cells beside every range, or on a sheet without one", () => {
    expect(names(touchedRanges(PLAN, [], [edit("예산", "E4"), edit("예산", "A10"), edit("표지", "A1")]))).toBe("none");
  });

  it("the whole workbook when cells moved on a sheet with a range, or a range every table reads was edited", () => {
    expect(names(touchedRanges(PLAN, [], [edit("예산", "20:20", true)]))).toBe("revalidate");
    expect(names(touchedRanges(PLAN, [], [edit("표지", "3:3", true)]))).toBe("none");
    expect(names(touchedRanges(PLAN, [], [edit("기준", "B3")]))).toBe("revalidate");
  });

  it("the whole workbook for an edit in a table found by its header words, whose extent a search tells", () => {
    const found = { sheet: "표지", top: 4, left: 0, bottom: 9, right: 3 };
    expect(names(touchedRanges(PLAN, [found], [edit("표지", "B6")]))).toBe("revalidate");
    expect(names(touchedRanges(PLAN, [found], [edit("표지", "B12")]))).toBe("none");
  });

  it("plans differ when a name was redefined", () => {
    const redefined: ReadPlan = { ...PLAN, reads: PLAN.reads.map((r) => (r.name === "Budget" ? { ...r, rect: { ...r.rect, bottom: 9 } } : r)) };
    expect(samePlan(PLAN, { reads: [...PLAN.reads], broken: [] })).toBe(true);
    expect(samePlan(PLAN, redefined)).toBe(false);
  });
});
