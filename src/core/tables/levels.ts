import type { Lang } from "../finding";
import type { CellValue, Grid } from "../grid";
import { cellText } from "../values/cell-readers";
import { words } from "./headers";
import { nestRows } from "./rows";
import type { TableRow } from "./types";

/**
 * The program levels of a 사업명세 (분야 > 부문 > 정책사업 > 단위사업 > 세부사업), top first, as the forms head
 * their columns and as a finding names them.
 */
const PROGRAM_LEVELS = [
  { word: "분야", en: "Sector", enPlural: "sectors" },
  { word: "부문", en: "Sub-sector", enPlural: "sub-sectors" },
  { word: "정책사업", en: "Policy program", enPlural: "policy programs" },
  { word: "단위사업", en: "Unit program", enPlural: "unit programs" },
  { word: "세부사업", en: "Detailed project", enPlural: "detailed projects" },
] as const;

/** A level the table does not name (indentation deeper than the five levels). */
const UNNAMED_LEVEL = { word: "항목", en: "Item", enPlural: "items" } as const;

const LEVEL_MATCHERS = PROGRAM_LEVELS.map((level) => words(`${level.word}(명)`));

/** The level a header word names (0 for 분야 … 4 for 세부사업), if any. */
function levelOfHeader(key: string): number | undefined {
  const i = LEVEL_MATCHERS.findIndex((matches) => matches(key));
  return i < 0 ? undefined : i;
}

/** A level as a finding names it: the level itself (`단위사업`, `Unit program`) and its rows (`세부사업`, `detailed projects`). */
export function levelWords(name: string | undefined, lang: Lang): { one: string; many: string } {
  const level = PROGRAM_LEVELS.find((l) => l.word === name) ?? UNNAMED_LEVEL;
  return lang === "ko" ? { one: level.word, many: level.word } : { one: level.en, many: level.enPlural };
}

/** The rows of a budget with their program levels (parents marked), and the words of those levels, top first. */
export interface ProgramLevels {
  readonly rows: readonly TableRow[];
  readonly names: readonly string[];
}

/**
 * Reads the program level of each item row: by level columns when the header has two or more (`정책사업 |
 * 단위사업 | 세부사업`, a row's level the finest column its own name stands in), else by the indentation of the
 * item column (Excel's indent, leading spaces); an item row's label becomes its name. Null for a table whose
 * rows all stand at one level, or whose levels do not nest (no row has rows under it): it reads as a table
 * without levels.
 */
export function programLevels(grid: Grid, rows: readonly TableRow[], headerKeys: readonly string[], itemCol: number): ProgramLevels | null {
  const columns = levelColumns(headerKeys);
  const read = columns.length >= 2 ? byColumns(grid, rows, columns) : byIndentation(grid, rows, itemCol, levelOfHeader(headerKeys[itemCol]));
  if (read === null) return null;
  const deepest = read.names.length - 1;
  const levelled = rows.map((r, i) => {
    if (r.kind !== "detail") return r;
    const at = read.levels[i];
    return { ...r, level: at?.level ?? deepest, label: at?.name ?? r.label };
  });
  const nested = nestRows(levelled).rows;
  return nested.some((r) => r.kind === "parent") ? { rows: nested, names: read.names } : null;
}

interface LevelColumn {
  readonly col: number;
  readonly word: string;
}

/** The header's level columns, top level first, each level once (the leftmost column naming it). */
function levelColumns(headerKeys: readonly string[]): LevelColumn[] {
  const byLevel = new Map<number, number>();
  headerKeys.forEach((key, col) => {
    const level = levelOfHeader(key);
    if (level !== undefined && !byLevel.has(level)) byLevel.set(level, col);
  });
  return [...byLevel.entries()].sort(([a], [b]) => a - b).map(([level, col]) => ({ col, word: PROGRAM_LEVELS[level].word }));
}

/** Per data row (same order as the rows), its level and name; undefined for a row that names none. */
interface RowLevels {
  readonly levels: readonly ({ readonly level: number; readonly name: string } | undefined)[];
  readonly names: readonly string[];
}

function byColumns(grid: Grid, rows: readonly TableRow[], columns: readonly LevelColumn[]): RowLevels {
  const spread = spreadCells(grid, columns.map((c) => c.col));
  const levels = rows.map((r) => {
    for (let level = columns.length - 1; level >= 0; level--) {
      const { col } = columns[level];
      // A name spread from a merged area above (a 정책사업 merged down over its 단위사업) belongs to that row.
      if (spread.has(cellKey(grid, r.row, col))) continue;
      const name = cellText(grid.values[r.row][col]);
      if (name !== "") return { level, name };
    }
    return undefined;
  });
  return { levels, names: columns.map((c) => c.word) };
}

function cellKey(grid: Grid, row: number, col: number): number {
  return row * (grid.values[0]?.length ?? 0) + col;
}

/** The cells of the given columns that a merged area covers other than at its top-left. */
function spreadCells(grid: Grid, cols: readonly number[]): Set<number> {
  const spread = new Set<number>();
  for (const area of grid.merges ?? []) {
    for (const col of cols) {
      if (col < area.left || col > area.right) continue;
      for (let row = Math.max(area.top, 0); row <= Math.min(area.bottom, grid.values.length - 1); row++) {
        if (row !== area.top || col !== area.left) spread.add(cellKey(grid, row, col));
      }
    }
  }
  return spread;
}

function byIndentation(grid: Grid, rows: readonly TableRow[], itemCol: number, headerLevel: number | undefined): RowLevels | null {
  const indents = new Map<number, number>();
  for (const cell of grid.indents ?? []) if (cell.col === itemCol) indents.set(cell.row, cell.level);
  const depths = rows.map((r) => indentationOf(indents.get(r.row) ?? 0, grid.values[r.row][itemCol]));
  const distinct = [...new Set(rows.flatMap((r, i) => (r.kind === "detail" ? [depths[i]] : [])))].sort((a, b) => a - b);
  if (distinct.length < 2) return null;
  const rank = new Map(distinct.map((depth, level) => [depth, level]));
  return {
    levels: rows.map((r, i) => ({ level: rank.get(depths[i]) ?? 0, name: cellText(grid.values[r.row][itemCol]) })),
    names: indentedLevelNames(distinct.length, headerLevel),
  };
}

/**
 * How far a name stands in: an Excel indent step and a full-width space each count as two ASCII spaces (a
 * no-break space as one), about as wide as they print. A lone space is no indent: text pasted from elsewhere
 * often brings one along, and taking it for a level would make its row a child of the one above.
 */
function indentationOf(indentLevel: number, value: CellValue): number {
  let width = 0;
  if (typeof value === "string") {
    for (const ch of value) {
      if (ch === " " || ch === "\u00a0") width += 1;
      else if (ch === "\u3000") width += 2;
      else if (ch !== "\u200b" && ch !== "\ufeff") break;
    }
  }
  return 2 * indentLevel + (width < 2 ? 0 : width);
}

/**
 * Indented names carry no level words: the deepest is taken as the item column's own level (세부사업 unless its
 * header says another), the ones above it as the levels above that; beyond 분야 they are unnamed.
 */
function indentedLevelNames(count: number, headerLevel = PROGRAM_LEVELS.length - 1): string[] {
  const top = headerLevel - count + 1;
  return Array.from({ length: count }, (_, i) => (top + i >= 0 ? PROGRAM_LEVELS[top + i].word : UNNAMED_LEVEL.word));
}
