import type { Grid } from "../grid";
import { words } from "./headers";
import { findHeader } from "./locate";
import { frameBelowHeader, type UnrecognizedTable, type UsefulLifeTable } from "./types";

export const USEFUL_LIFE_REQUIRED_WORDS = ["분류 (Category)", "내용연수 (Life)"];

export function parseUsefulLife(name: string, grid: Grid): UsefulLifeTable | UnrecognizedTable {
  const header = findHeader(
    grid,
    { category: words("분류", "품목", "Category"), life: words("내용연수", "Life", "Useful life") },
    ["category", "life"],
  );
  if (!header) return { kind: "unrecognized", name, grid, intended: "usefulLife", missing: USEFUL_LIFE_REQUIRED_WORDS };
  return {
    kind: "usefulLife",
    ...frameBelowHeader(name, grid, header.row),
    typedColumns: [{ col: header.columns.life!, type: "number" }],
    totals: [],
    categoryCol: header.columns.category!,
    lifeCol: header.columns.life!,
  };
}
