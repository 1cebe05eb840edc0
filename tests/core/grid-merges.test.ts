import type { Grid } from "../../src/core/grid";
import { spreadMergedLabels } from "../../src/core/grid-merges";

const grid = (over: Partial<Grid>): Grid => ({ name: "T", sheet: "S", top: 0, left: 0, values: [], ...over });

describe("spreadMergedLabels", () => {
  it("spreads text across its merged area and keeps a number, a boolean or an error in the top-left cell alone", () => {
    const stored = grid({
      values: [
        ["일반직", null, null, 7],
        [3, null, true, null],
        [null, null, null, { error: "#N/A" }],
        [null, null, null, null],
      ],
      numberFormats: [
        ["@", "General", "General", "#,##0"],
        ["0.0", "General", "General", "General"],
        ["General", "General", "General", "General"],
        ["General", "General", "General", "General"],
      ],
      formulas: [
        [null, null, null, null],
        ["=1+2", null, "=TRUE", null],
        [null, null, null, "=NA()"],
        [null, null, null, null],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 1, right: 3 },
        { top: 1, left: 0, bottom: 3, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
      ],
    });
    const read = spreadMergedLabels(stored);
    expect(read.values).toEqual([
      ["일반직", "일반직", "일반직", 7],
      [3, null, true, null],
      [null, null, null, { error: "#N/A" }],
      [null, null, null, null],
    ]);
    expect(read.numberFormats).toEqual([
      ["@", "@", "@", "#,##0"],
      ["0.0", "0.0", "General", "#,##0"],
      ["0.0", "0.0", "General", "General"],
      ["0.0", "0.0", "General", "General"],
    ]);
    expect(read.formulas).toEqual([
      [null, null, null, null],
      ["=1+2", null, "=TRUE", null],
      [null, null, null, "=NA()"],
      [null, null, null, null],
    ]);
  });

  it("takes the top-left cell of an area that starts above or left of the grid from the area itself", () => {
    const stored = grid({
      values: [
        [null, null, null],
        [null, null, 1],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
      merges: [
        { top: -1, left: -1, bottom: 0, right: 1, topLeft: { value: "제목", numberFormat: "@" } },
        { top: -2, left: 2, bottom: 0, right: 2, topLeft: { value: 40, numberFormat: "#,##0" } },
      ],
    });
    const read = spreadMergedLabels(stored);
    expect(read.values).toEqual([
      ["제목", "제목", null],
      [null, null, 1],
    ]);
    expect(read.numberFormats?.[0]).toEqual(["@", "@", "#,##0"]);
  });

  it("overwrites what a file stores in an area's other cells, as Excel shows the top-left cell's value there", () => {
    const read = spreadMergedLabels(grid({ values: [["계", "stray", 5]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] }));
    expect(read.values).toEqual([["계", "계", "계"]]);
  });

  it("leaves the grid handed in as it was, rows it shares among rows included", () => {
    const shared = ["General", "General"];
    const noFormulas = [null, null];
    const stored = grid({
      values: [
        ["a", null],
        [null, null],
        [null, null],
      ],
      numberFormats: [["@", "General"], shared, shared],
      formulas: [noFormulas, noFormulas, noFormulas],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
    });
    const before = JSON.stringify(stored);
    const read = spreadMergedLabels(stored);
    expect(JSON.stringify(stored)).toBe(before);
    expect(read.values).toEqual([
      ["a", null],
      ["a", null],
      [null, null],
    ]);
    expect(read.numberFormats).toEqual([
      ["@", "General"],
      ["@", "General"],
      ["General", "General"],
    ]);
    expect(read.numberFormats![2]).toBe(shared);
    // Nothing to change in the formulas: their shared row stays shared.
    expect(read.formulas![1]).toBe(noFormulas);
  });

  it("gives back the very grid when no merged area reaches into it", () => {
    const stored = grid({ values: [[1]], merges: [] });
    expect(spreadMergedLabels(stored)).toBe(stored);
    const noMerges = grid({ values: [[1]] });
    expect(spreadMergedLabels(noMerges)).toBe(noMerges);
  });
});
