import type { StoredCell } from "../../src/core/grid";
import { mergesInGrid } from "../../src/workbook/merges-in-grid";

const TITLE: StoredCell = { value: "제목", numberFormat: "@" };

describe("mergesInGrid", () => {
  const region = { top: 2, left: 1, bottom: 6, right: 4 };

  it("lists the areas reaching into the grid in grid coordinates, clipped at its bottom and right, by top row then left column", () => {
    const areas = [
      { top: 5, left: 3, bottom: 9, right: 8 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ];
    expect(mergesInGrid(areas, region, () => undefined)).toEqual([
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 3, left: 2, bottom: 4, right: 3 },
    ]);
  });

  it("brings along the top-left cell of an area that starts outside the grid", () => {
    const asked: [number, number][] = [];
    const merges = mergesInGrid([{ top: 0, left: 0, bottom: 2, right: 1 }], region, (row, col) => {
      asked.push([row, col]);
      return TITLE;
    });
    expect(merges).toEqual([{ top: -2, left: -1, bottom: 0, right: 0, topLeft: TITLE }]);
    expect(asked).toEqual([[0, 0]]);
  });

  it("leaves out areas outside the grid, areas of which it holds only the top-left cell, and areas met twice after the first", () => {
    const areas = [
      { top: 0, left: 0, bottom: 1, right: 9 },
      { top: 6, left: 4, bottom: 8, right: 6 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 3, left: 2, bottom: 3, right: 3 },
    ];
    expect(mergesInGrid(areas, region, () => TITLE)).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("leaves out an area whose top-left cell outside the grid was not read", () => {
    expect(mergesInGrid([{ top: 1, left: 1, bottom: 3, right: 1 }], region, () => undefined)).toEqual([]);
  });
});
