import type { Grid } from "../grid";
import { columnMatchers, findHeader } from "../tables/locate";
import { frameBelowHeader, type UsefulLifeTable } from "../tables/types";
import { CATEGORY_WORDS, LIFE_WORDS } from "./inventory";
import { defineKind } from "./kind";

const WORDS = { category: CATEGORY_WORDS, life: LIFE_WORDS };
const MATCHERS = columnMatchers(WORDS);

/** A header row, then one category and its useful life in years per row. */
function parseUsefulLife(name: string, grid: Grid): UsefulLifeTable | null {
  const header = findHeader(grid, MATCHERS, ["category", "life"]);
  if (!header) return null;
  return {
    kind: "usefulLife",
    ...frameBelowHeader(name, grid, header.row),
    typedColumns: [{ col: header.columns.life!, type: "number" }],
    totals: [],
    categoryCol: header.columns.category!,
    lifeCol: header.columns.life!,
  };
}

export default defineKind({
  id: "usefulLife",
  names: { exact: ["UsefulLife", "내용연수"], prefixes: [] },
  header: { words: WORDS, needed: ["분류 (Category)", "내용연수 (Life)"] },
  parse: parseUsefulLife,
  labels: {
    caption: { ko: "내용연수", en: "Useful life" },
    qualifier: { ko: "내용연수", en: "useful-life" },
  },
});
