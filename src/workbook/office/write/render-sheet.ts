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
import { finishPaced, PIECE_CELLS, PIECE_ROWS } from "../../../core/summary/pieces";
import type { Pace } from "../../../core/progress";
import { applyStyle, stacks } from "./cell-style";
import { ACTION_BYTES, jsonSize, type RequestPayload } from "./request-payload";
import { addressChunks, rectAddress, styleAreas } from "./style-areas";

export interface RenderOptions {
  readonly supports: ApiSupport;
  readonly payload: RequestPayload;
  /** The pane's pause between pieces of preparing a long sheet's requests; resolves at once elsewhere. */
  readonly pace: Pace;
  /** The name a linked sheet has once the write is done (our sheets are renamed at the end). */
  linkSheet(link: SpecLink): string;
}

export async function renderSheet(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): Promise<void> {
  await writeEntries(sheet, spec, options);
  await writeLinks(sheet, spec, options);
  await writeStyles(sheet, spec, options);
  await writeLayout(sheet, spec, options);
  await writeCharts(sheet, spec, options.payload);
}

/**
 * Values and number formats from A1, in as few row blocks as the request limit allows (one, normally). A block
 * fills what room the request being queued has left, unless it is nearly full: then the block starts the next.
 */
async function writeEntries(sheet: Excel.Worksheet, spec: SheetSpec, { payload, pace }: RenderOptions): Promise<void> {
  const { rows, cols, values, numberFormats } = await finishPaced(sheetEntryPieces(spec), pace, WRITING);
  const rowBytes = (row: number) => jsonSize(values[row]) + jsonSize(numberFormats[row]);
  let first = 0;
  while (first < rows) {
    const room = (payload.room >= payload.limit / 4 ? payload.room : payload.limit) - 2 * ACTION_BYTES;
    let last = first;
    let bytes = rowBytes(first);
    while (last + 1 < rows) {
      if ((last + 1) % PIECE_ROWS === 0) await pace(WRITING);
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
  for (const [i, cell] of spec.cells.entries()) {
    if (i > 0 && i % PIECE_CELLS === 0) await options.pace(WRITING);
    if (cell.link === undefined) continue;
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
    const rects = styleAreas(cells, stacks(style));
    if (areasSupported) {
      for (const address of addressChunks(rects)) {
        await options.pace(WRITING);
        await options.payload.reserve(20 * ACTION_BYTES + address.length);
        applyStyle(sheet.getRanges(address).format, style, options.supports);
      }
    } else {
      for (const rect of rects) {
        await options.payload.reserve(20 * ACTION_BYTES);
        applyStyle(sheet.getRange(rectAddress(rect)).format, style, options.supports);
      }
    }
  }
}

const WRITING = { step: "write" } as const;

/** Merges, column widths (characters to points), row heights, frozen panes and data bars. */
async function writeLayout(sheet: Excel.Worksheet, spec: SheetSpec, { payload }: RenderOptions): Promise<void> {
  for (const { area, across } of mergeRuns(spec.merges)) {
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
export function mergeRuns(merges: readonly CellRect[]): { area: CellRect; across: boolean }[] {
  const runs: { area: CellRect; across: boolean }[] = [];
  const rows = merges.filter((m) => m.top === m.bottom).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of rows) {
    const last = runs[runs.length - 1];
    const continues = last !== undefined && last.area.left === m.left && last.area.right === m.right && last.area.bottom === m.top - 1;
    if (continues) last.area = { ...last.area, bottom: m.top };
    else runs.push({ area: m, across: true });
  }
  for (const m of merges) if (m.top !== m.bottom) runs.push({ area: m, across: false });
  return runs;
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

async function writeCharts(sheet: Excel.Worksheet, spec: SheetSpec, payload: RequestPayload): Promise<void> {
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
