/// <reference types="office-js" />
/**
 * Queues one SheetSpec into a worksheet: values and number formats as whole 2D arrays, formats once per style
 * on all its areas, merges, widths and heights, frozen rows, data bars, links and native charts (the printed page
 * is set up after the sheet is in place: print-setup.ts). Nothing here syncs except the request payload, when a very large sheet must go in parts.
 */
import { a1, columnLetters, type CellRect } from "../../../core/address";
import type { SheetSpec, SpecLink } from "../../../core/summary/sheet-spec";
import { characterWidthToPoints } from "../../column-width";
import { quotedSheet } from "../../../core/summary/generated-sheets";
import type { ApiSupport } from "../run";
import { sheetEntryPieces } from "./cell-entries";
import { finish, finishPaced, PIECE_CELLS, PIECE_ROWS, type Pieces } from "../../../core/pieces";
import type { Pace } from "../../../core/progress";
import { applyStyle, stacks } from "./cell-style";
import { jsonSize } from "../../../core/json-size";
import { ACTION_BYTES, type RequestPayload } from "./request-payload";
import { addressChunks, rectAddress, styleAreaPieces } from "./style-areas";

export interface RenderOptions {
  readonly supports: ApiSupport;
  readonly payload: RequestPayload;
  /** The pane's pause between pieces of preparing a long sheet's requests; resolves at once elsewhere. */
  readonly pace: Pace;
  /** The name a linked sheet has once the write is done (our sheets are renamed at the end). */
  linkSheet(link: SpecLink): string;
}

export async function renderSheet(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): Promise<void> {
  // A pause before each step too: the end of one and the start of the next would otherwise be one piece.
  for (const step of [writeEntries, writeLinks, writeStyles, writeLayout, writeCharts]) {
    await options.pace(WRITING);
    await step(sheet, spec, options);
  }
}

/**
 * Values and number formats from A1, in row blocks of at most `PIECE_ROWS` rows, with a pause between them: a
 * block's arrays are serialized as one (by the fake host when queued, by Office.js when the request is sent),
 * and a whole list sheet's took a quarter of a second at once. A block fills what room the request being queued
 * has left, unless it is nearly full: then the block starts the next.
 */
async function writeEntries(sheet: Excel.Worksheet, spec: SheetSpec, { payload, pace }: RenderOptions): Promise<void> {
  const { rows, cols, values, numberFormats } = await finishPaced(sheetEntryPieces(spec), pace, WRITING);
  const rowBytes = (row: number) => jsonSize(values[row]) + jsonSize(numberFormats[row]);
  let first = 0;
  while (first < rows) {
    if (first > 0) await pace(WRITING);
    const room = (payload.room >= payload.limit / 4 ? payload.room : payload.limit) - 2 * ACTION_BYTES;
    let last = first;
    let bytes = rowBytes(first);
    while (last + 1 < rows && last + 1 - first < PIECE_ROWS) {
      const next = rowBytes(last + 1);
      if (bytes + next > room) break;
      bytes += next;
      last += 1;
    }
    await payload.reserve(2 * ACTION_BYTES + bytes);
    const block = sheet.getRangeByIndexes(first, 0, last - first + 1, cols);
    block.numberFormat = numberFormats.slice(first, last + 1);
    block.values = values.slice(first, last + 1);
    first = last + 1;
  }
}

/** Links to a cell of the workbook, of another sheet this write makes, or of another workbook (`address`). */
async function writeLinks(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): Promise<void> {
  let links = 0;
  for (const [i, cell] of spec.cells.entries()) {
    if (i > 0 && i % PIECE_CELLS === 0) await options.pace(WRITING);
    if (cell.link === undefined) continue;
    if (links > 0 && links % PIECE_RANGES === 0) await options.pace(WRITING);
    links += 1;
    const target = cell.link.cell.replace(/\$/g, "") || "A1";
    const documentReference = `${quotedSheet(options.linkSheet(cell.link))}!${target}`;
    const hyperlink = "file" in cell.link ? { address: cell.link.file, documentReference } : { documentReference };
    // Two actions: the cell's range, then its hyperlink.
    await options.payload.reserve(2 * ACTION_BYTES + jsonSize(hyperlink));
    sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).hyperlink = hyperlink;
  }
}

/** One set of format writes per style, on all its cells' areas (`getRanges`; one Range per area before ExcelApi 1.9). */
async function writeStyles(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): Promise<void> {
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const [i, cell] of spec.cells.entries()) {
    if (i > 0 && i % PIECE_CELLS === 0) await options.pace(WRITING);
    if (cell.style === undefined) continue;
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  const areasSupported = options.supports("1.9");
  for (const [key, cells] of byStyle) {
    await options.pace(WRITING);
    const style = spec.styles[key];
    const rects = await finishPaced(styleAreaPieces(cells, stacks(style)), options.pace, WRITING);
    if (areasSupported) {
      for (const address of addressChunks(rects)) {
        await options.pace(WRITING);
        await options.payload.reserve(20 * ACTION_BYTES + address.length);
        applyStyle(sheet.getRanges(address).format, style, options.supports);
      }
    } else {
      // A Range for each area, with a write or more for each of its properties: fewer areas between pauses.
      for (const [i, rect] of rects.entries()) {
        if (i > 0 && i % (PIECE_RANGES / 20) === 0) await options.pace(WRITING);
        await options.payload.reserve(20 * ACTION_BYTES);
        applyStyle(sheet.getRange(rectAddress(rect)).format, style, options.supports);
      }
    }
  }
}

const WRITING = { step: "write" } as const;

/**
 * Ranges queued between two pauses where each goes with an action or more (a link, a merge): in Office.js as in
 * the fake host, each is a proxy object and its actions, some microseconds apiece.
 */
const PIECE_RANGES = 500;

/** Merges, column widths (characters to points), row heights, frozen panes and data bars. */
async function writeLayout(sheet: Excel.Worksheet, spec: SheetSpec, { payload, pace }: RenderOptions): Promise<void> {
  const merges = await finishPaced(mergeRunPieces(spec.merges), pace, WRITING);
  for (const [i, { area, across }] of merges.entries()) {
    if (i > 0 && i % PIECE_RANGES === 0) await pace(WRITING);
    await payload.reserve(ACTION_BYTES);
    sheet.getRange(rectAddress(area)).merge(across);
  }
  for (const run of equalRuns(spec.columnWidths.map((width, col) => ({ at: col, value: characterWidthToPoints(width) })))) {
    await payload.reserve(ACTION_BYTES);
    sheet.getRange(`${columnLetters(run.from)}:${columnLetters(run.to)}`).format.columnWidth = run.value;
  }
  const heights = Object.entries(spec.rowHeights).map(([row, value]) => ({ at: Number(row), value }));
  for (const run of equalRuns(heights)) {
    await payload.reserve(ACTION_BYTES);
    sheet.getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.value;
  }
  const { rows, columns } = spec.freeze;
  await payload.reserve(ACTION_BYTES);
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  for (const bar of spec.conditionalFormats) {
    await payload.reserve(4 * ACTION_BYTES);
    const format = sheet.getRange(rectAddress(bar)).conditionalFormats.add("DataBar");
    format.dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min) };
    format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
    format.dataBar.positiveFormat.fillColor = bar.color;
  }
}

/**
 * Merges as few calls as Excel allows: one-row merges over the same columns of consecutive rows (a findings
 * sheet's thousands) are one `merge(true)`, which merges each row of its range apart; any other is merged alone.
 */
export function mergeRuns(merges: readonly CellRect[]): MergeRun[] {
  return finish(mergeRunPieces(merges));
}

export interface MergeRun {
  readonly area: CellRect;
  readonly across: boolean;
}

/**
 * `mergeRuns`, pausing every `PIECE_ROWS` merges: a findings sheet has one on each of its rows. One-row merges
 * are gathered by their columns, in the order of the columns and then of the rows: a group that came in row order
 * (a list's, always) is not sorted, so no step reads every merge at once.
 */
function* mergeRunPieces(merges: readonly CellRect[]): Pieces<MergeRun[]> {
  const groups = new Map<string, { left: number; right: number; merges: CellRect[]; lastTop: number; inOrder: boolean }>();
  const taller: MergeRun[] = [];
  for (let i = 0; i < merges.length; i++) {
    if (i > 0 && i % PIECE_ROWS === 0) yield;
    const m = merges[i];
    if (m.top !== m.bottom) {
      taller.push({ area: m, across: false });
      continue;
    }
    const key = `${m.left}:${m.right}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { left: m.left, right: m.right, merges: [m], lastTop: m.top, inOrder: true });
    else {
      if (m.top < group.lastTop) group.inOrder = false;
      group.merges.push(m);
      group.lastTop = m.top;
    }
  }
  yield;
  const columns = [...groups.values()].sort((a, b) => a.left - b.left || a.right - b.right);
  // Areas are grown in place, copies of the spec's merges, each held by its run alone.
  const runs: { area: { -readonly [K in keyof CellRect]: number }; across: boolean }[] = [];
  let seen = 0;
  for (const group of columns) {
    const rows = group.inOrder ? group.merges : [...group.merges].sort((a, b) => a.top - b.top);
    let last: (typeof runs)[number] | undefined;
    for (const m of rows) {
      if (seen > 0 && seen % PIECE_ROWS === 0) yield;
      seen += 1;
      if (last !== undefined && last.area.bottom === m.top - 1) last.area.bottom = m.top;
      else {
        last = { area: { ...m }, across: true };
        runs.push(last);
      }
    }
  }
  return [...runs, ...taller];
}

/** Consecutive indexes with the same value, as one run each. */
function equalRuns(items: readonly { at: number; value: number }[]): { from: number; to: number; value: number }[] {
  const runs: { from: number; to: number; value: number }[] = [];
  for (const { at, value } of [...items].sort((a, b) => a.at - b.at)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === at - 1 && last.value === value) last.to = at;
    else runs.push({ from: at, to: at, value });
  }
  return runs;
}

async function writeCharts(sheet: Excel.Worksheet, spec: SheetSpec, { payload }: RenderOptions): Promise<void> {
  for (const chart of spec.charts) {
    await payload.reserve(8 * ACTION_BYTES + jsonSize(chart.title));
    const values = sheet.getRange(rectAddress(chart.values));
    const made = sheet.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", values, "Columns");
    made.title.text = chart.title;
    made.legend.visible = false;
    made.series.getItemAt(0).setXAxisValues(sheet.getRange(rectAddress(chart.categories)));
    const { anchor } = chart;
    made.setPosition(a1(Math.max(0, anchor.top), Math.max(0, anchor.left)), a1(Math.max(0, anchor.bottom), Math.max(0, anchor.right)));
  }
}
