/**
 * Tables found without names (DESIGN.md, "Named ranges"): for the kinds a workbook names nowhere, every sheet is
 * searched for a header row made of a kind's words, or a column of its row labels (the staff report's 정원 /
 * 현원 / 과부족) under one or two header rows; a table runs down to the first blank row or note. Tables of
 * figures (`Table_*`) are then found among the blocks left: the kind's own parser says whether a block has
 * totals. Each row is looked at once and each candidate parsed once, so the work is linear in the cells read;
 * it pauses every `PIECE_ROWS` rows looked at, cut or parsed (`detectTablesPieces`, core/pieces.ts).
 */
import { rectAddress } from "../address";
import type { Grid, MergedArea } from "../grid";
import { gridRowAtOrAfter, gridRowAtOrBefore, sheetColOf, sheetRowOf } from "../grid-axes";
import { spreadMergedLabels } from "../grid-merges";
import { KINDS, kindOf, type Table, type TableKind } from "../kinds";
import type { SheetRect } from "../names/reference";
import { headerKey } from "../tables/headers";
import { finish, PIECE_ROWS, type Pieces } from "../pieces";
import { ASSUMED_UNIT, unitAboveOr, UNIT_LINE_ROWS, type TableUnit } from "../units/money-unit";
import { cellText } from "../values/cell-readers";
import { hasHangul, nameToDefine } from "./name-to-define";
import { isBlankCell, isNoteRow, rowShape } from "./rows";
import { rolesOfKey } from "./vocabulary";

export interface DetectedTable {
  readonly kind: TableKind;
  readonly rect: SheetRect;
  /** The table as its kind reads it, named by its range (`장비!A3:K58`) and marked as detected. */
  readonly table: Table;
  /** The header's words, as the workbook spells them. */
  readonly headerWords: readonly string[];
}

/** "Any other table of figures": found among the blocks no kind's words claimed. */
const FIGURE_KIND: TableKind = "table";
/** A row is a kind's header when it holds words of this many of the kind's roles. */
const MIN_ROLES = 2;
/** Header rows above a column of row labels: one, or two (series over grades). */
const MAX_HEADER_ROWS = 2;

/**
 * The tables of `wanted` kinds on the sheets (whole sheets, as read), outside every range in `covered`. A table
 * whose header states no money unit takes the `(단위: …)` line above it, as a named range does, else `workbook`
 * (the workbook's `단위` cell, or 천원 assumed).
 */
export function detectTables(
  sheets: readonly Grid[],
  wanted: readonly TableKind[],
  covered: readonly SheetRect[],
  workbook: TableUnit = ASSUMED_UNIT,
): DetectedTable[] {
  return finish(detectTablesPieces(sheets, wanted, covered, workbook));
}

/** `detectTables` in pieces: a pause every `PIECE_ROWS` rows of a sheet looked at, cut out or parsed. */
export function* detectTablesPieces(
  sheets: readonly Grid[],
  wanted: readonly TableKind[],
  covered: readonly SheetRect[],
  workbook: TableUnit,
): Pieces<DetectedTable[]> {
  const found: DetectedTable[] = [];
  const wordKinds = wanted.filter((kind) => kind !== FIGURE_KIND && roleCount(kind) >= MIN_ROLES);
  for (const raw of sheets) {
    if (raw.values.length === 0) continue;
    const sheet = new SheetScan(raw, covered, workbook);
    if (wordKinds.length > 0) yield* sheet.findByWords(wordKinds, found);
    if (wanted.includes(FIGURE_KIND)) yield* sheet.findFigureTables(found);
  }
  return found;
}

function roleCount(kind: TableKind): number {
  return Object.keys(kindOf(kind).header?.words ?? {}).length;
}

interface Span {
  /** Grid rows of the first header row, the last header row, and the last data row. */
  readonly top: number;
  readonly headerBottom: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A table's header rows and columns and its kind, before `extend` finds how far down it runs. */
interface TableHead extends Omit<Span, "bottom"> {
  readonly kind: TableKind;
}

class SheetScan {
  private readonly grid: Grid;
  /** Rows a name covers or a found table took. */
  private readonly blocked: Uint8Array;
  /** Rows the scan may still look at or cut out before its next pause. */
  private budget = PIECE_ROWS;

  constructor(
    private readonly raw: Grid,
    covered: readonly SheetRect[],
    private readonly workbookUnit: TableUnit,
  ) {
    this.grid = spreadMergedLabels(raw);
    this.blocked = new Uint8Array(raw.values.length);
    for (const rect of covered) {
      if (rect.sheet.toLowerCase() !== raw.sheet.toLowerCase()) continue;
      const from = Math.max(gridRowAtOrAfter(raw, rect.top), 0);
      const to = Math.min(gridRowAtOrBefore(raw, rect.bottom), raw.values.length - 1);
      this.blocked.fill(1, from, to + 1);
    }
  }

  // The rows are looked at in runs that fit the budget, each run in a plain function: V8 optimizes a long loop
  // inside a generator poorly, and the command line runs these same pieces.
  *findByWords(kinds: readonly TableKind[], found: DetectedTable[]): Pieces<void> {
    const rows = this.grid.values.length;
    let row = 0;
    while (row < rows) {
      const limit = Math.min(rows, row + this.budget);
      const { at, head } = this.nextHead(row, limit, kinds);
      if (this.spend(at - row + (head === null ? 0 : 1))) yield;
      if (head === null) {
        row = at;
        continue;
      }
      const span = yield* this.extend(head.top, head.headerBottom, head.left, head.right);
      yield* this.take(span, head.kind, found);
      row = span.bottom + 1;
    }
  }

  *findFigureTables(found: DetectedTable[]): Pieces<void> {
    const rows = this.grid.values.length;
    let row = 0;
    while (row < rows) {
      const limit = Math.min(rows, row + this.budget);
      const at = this.nextFigureHeader(row, limit);
      if (this.spend(at - row + (at === limit ? 0 : 1))) yield;
      if (at === limit) {
        row = at;
        continue;
      }
      const shape = rowShape(this.grid.values[at]);
      const span = yield* this.extend(at, at, shape.first, shape.last);
      if (span.bottom > span.headerBottom) yield* this.take(span, FIGURE_KIND, found);
      row = span.bottom + 1;
    }
  }

  /** The first row from `row` on (before `limit`) that heads a table of one of the kinds, and its head. */
  private nextHead(row: number, limit: number, kinds: readonly TableKind[]): { at: number; head: TableHead | null } {
    for (let at = row; at < limit; at++) {
      if (this.blocked[at]) continue;
      const head = this.headerRowTable(at, kinds) ?? this.rowLabelTable(at, kinds);
      if (head !== null) return { at, head };
    }
    return { at: limit, head: null };
  }

  /** The first row from `row` on (before `limit`, else `limit`) that may head a table of figures. */
  private nextFigureHeader(row: number, limit: number): number {
    // A title or a unit line holds one cell; a header holds two or more.
    for (let at = row; at < limit; at++) if (!this.blocked[at] && rowShape(this.grid.values[at]).filled >= 2) return at;
    return limit;
  }

  /** A header row of some kind's words; the row above joins it when it too is a header (two-row headers). */
  private headerRowTable(row: number, kinds: readonly TableKind[]): TableHead | null {
    const kind = headerKindOf(this.grid.values[row], kinds);
    if (kind === null) return null;
    const shape = rowShape(this.grid.values[row]);
    let top = row;
    let left = shape.first;
    let right = shape.last;
    if (row > 0 && !this.blocked[row - 1]) {
      const above = rowShape(this.grid.values[row - 1]);
      if (above.filled >= 2) {
        top = row - 1;
        left = Math.min(left, above.first);
        right = Math.max(right, above.last);
      }
    }
    return { top, headerBottom: row, left, right, kind };
  }

  /** Row labels of one kind down a column (`정원`, `현원`), under one or two header rows. */
  private rowLabelTable(row: number, kinds: readonly TableKind[]): TableHead | null {
    const values = this.grid.values;
    if (row + 1 >= values.length || this.blocked[row + 1]) return null;
    const label = rowShape(values[row]).first;
    if (label < 0 || rowShape(values[row + 1]).first !== label) return null;
    const here = rolesOfKey(headerKey(cellText(values[row][label])));
    const next = rolesOfKey(headerKey(cellText(values[row + 1][label])));
    const kind = kinds.find((k) => here.some((a) => a.kind === k && next.some((b) => b.kind === k && b.role !== a.role)));
    if (kind === undefined) return null;
    let top = row;
    let right = label;
    while (top > 0 && row - top < MAX_HEADER_ROWS && !this.blocked[top - 1]) {
      const above = rowShape(values[top - 1]);
      if (above.filled < 2 || above.first < label) break;
      top--;
      right = Math.max(right, above.last);
    }
    if (top === row) return null;
    return { top, headerBottom: row - 1, left: label, right, kind };
  }

  /** Down from the header to the row before the first blank row, note, or range already taken. */
  private *extend(top: number, headerBottom: number, left: number, right: number): Pieces<Span> {
    const last = this.grid.values.length - 1;
    let bottom = headerBottom;
    for (;;) {
      const limit = Math.min(last, bottom + this.budget);
      const reached = this.lastRowWithin(bottom, limit, left, right);
      const stopped = reached < limit || limit === last;
      if (this.spend(limit - bottom)) yield;
      bottom = reached;
      if (stopped) return { top, headerBottom, bottom, left, right };
    }
  }

  /** The table's last row from `bottom` on, looking no further down than `limit`. */
  private lastRowWithin(bottom: number, limit: number, left: number, right: number): number {
    const values = this.grid.values;
    while (bottom < limit && !this.blocked[bottom + 1]) {
      const next = values[bottom + 1];
      if (rowShape(next, left, right).filled === 0 || isNoteRow(next, left, right)) break;
      bottom++;
    }
    return bottom;
  }

  /** Parses the span as its kind; a table that parses is found, and its rows are taken either way. */
  private *take(span: Span, kind: TableKind, found: DetectedTable[]): Pieces<void> {
    this.blocked.fill(1, span.top, span.bottom + 1);
    const rect: SheetRect = {
      sheet: this.raw.sheet,
      top: sheetRowOf(this.raw, span.top),
      left: sheetColOf(this.raw, span.left),
      bottom: sheetRowOf(this.raw, span.bottom),
      right: sheetColOf(this.raw, span.right),
    };
    const name = rangeLabel(rect);
    const grid = yield* this.cut(span, name);
    const headerWords: string[] = [];
    for (let row = 0; row <= span.headerBottom - span.top; row++) {
      for (const value of grid.values[row]) if (!isBlankCell(value) && !headerWords.includes(cellText(value))) headerWords.push(cellText(value));
    }
    const firstHeaderCol = grid.values[0].findIndex((value) => !isBlankCell(value));
    const defineAs = nameToDefine(kind, hasHangul(headerWords), rect.sheet) ?? "";
    const definition = kindOf(kind);
    const unit = this.unitAbove(span);
    // Parsing pauses on its own count of rows: a pause on either side keeps it from adding to the scan's.
    yield;
    const table = definition.parsePieces ? yield* definition.parsePieces(name, grid, unit) : definition.parse(name, grid, unit);
    yield;
    if (table === null) return;
    found.push({ kind, rect, headerWords, table: { ...table, detected: { row: 0, col: Math.max(firstHeaderCol, 0), defineAs } } });
  }

  /** Takes `rows` looked at or cut out from the budget; true when it is spent: a pause is due, and it starts again. */
  private spend(rows: number): boolean {
    this.budget -= rows;
    if (this.budget > 0) return false;
    this.budget = PIECE_ROWS;
    return true;
  }

  /** The unit a `(단위: …)` line states in the rows just above the span, over its columns, as for a named range. */
  private unitAbove(span: Span): TableUnit {
    const rows = this.raw.values.slice(Math.max(0, span.top - UNIT_LINE_ROWS), span.top).map((row) => row.slice(span.left, span.right + 1));
    return unitAboveOr(rows, this.workbookUnit);
  }

  /** The span as a grid of its own, as a name over it would read: merged labels spread, merged areas kept. */
  private *cut(span: Span, name: string): Pieces<Grid> {
    const { grid, raw } = this;
    const values: Grid["values"] = [];
    const numberFormats: string[][] | undefined = grid.numberFormats && [];
    const formulas: (string | null)[][] | undefined = grid.formulas && [];
    // Row by row, as slicing the rows and then each row's columns would: a row the source lacks stays a hole.
    const cutRows = <T>(source: readonly (readonly T[])[] | undefined, into: T[][] | undefined, from: number, to: number) => {
      if (source === undefined || into === undefined) return;
      for (let row = from; row <= to; row++) {
        const cells = source[row];
        if (cells) into[row - span.top] = cells.slice(span.left, span.right + 1);
      }
    };
    for (let from = span.top; from <= span.bottom; ) {
      const to = Math.min(span.bottom, from + this.budget - 1);
      cutRows(grid.values, values, from, to);
      cutRows(grid.numberFormats, numberFormats, from, to);
      cutRows(grid.formulas, formulas, from, to);
      if (this.spend(to - from + 1)) yield;
      from = to + 1;
    }
    const merges: MergedArea[] = [];
    for (const area of raw.merges ?? []) {
      if (area.bottom < span.top || area.top > span.bottom || area.right < span.left || area.left > span.right) continue;
      const inside = area.top >= span.top && area.left >= span.left;
      merges.push({
        top: area.top - span.top,
        left: area.left - span.left,
        bottom: area.bottom - span.top,
        right: area.right - span.left,
        ...(!inside && { topLeft: area.topLeft ?? { value: raw.values[area.top]?.[area.left] ?? null, numberFormat: raw.numberFormats?.[area.top]?.[area.left] ?? "General" } }),
      });
    }
    return {
      name,
      sheet: raw.sheet,
      top: sheetRowOf(raw, span.top),
      left: sheetColOf(raw, span.left),
      values,
      ...(numberFormats && { numberFormats }),
      ...(formulas && { formulas }),
      ...(merges.length > 0 && { merges }),
      ...(raw.sheetRows && { sheetRows: raw.sheetRows.slice(span.top, span.bottom + 1) }),
      ...(raw.sheetCols && { sheetCols: raw.sheetCols.slice(span.left, span.right + 1) }),
    };
  }
}

/** The kind whose words the row holds most of (at least MIN_ROLES roles), the kind read most fully on a tie. */
function headerKindOf(values: readonly Grid["values"][number][number][], kinds: readonly TableKind[]): TableKind | null {
  const roles = new Map<TableKind, Set<string>>();
  for (const value of values) {
    if (typeof value !== "string") continue;
    for (const { kind, role } of rolesOfKey(headerKey(value))) {
      if (!kinds.includes(kind)) continue;
      const seen = roles.get(kind) ?? new Set<string>();
      seen.add(role);
      roles.set(kind, seen);
    }
  }
  let best: TableKind | null = null;
  let bestScore = 0;
  for (const kind of KINDS.map((k) => k.id)) {
    const count = roles.get(kind)?.size ?? 0;
    if (count < MIN_ROLES) continue;
    const score = count + count / roleCount(kind);
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/** A range as a person reads it: `장비!A3:K58`, the sheet quoted when Excel would quote it. */
export function rangeLabel(rect: SheetRect): string {
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(rect.sheet) ? rect.sheet : `'${rect.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${rectAddress(rect)}`;
}
