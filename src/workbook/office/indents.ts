/// <reference types="office-js" />
/**
 * Cells' indent levels (ExcelApi 1.9), read in two steps so that a workbook without indents pays nothing:
 *
 * 1. with the values, each block's columns are probed through `RangeFormat.indentLevel`, one number per column:
 *    0 when no cell of the column is indented, the level when all are, null when the cells differ;
 * 2. only when some column differs, `Range.getCellProperties({ format: { indentLevel: true } })` over those
 *    columns of the block, in one more round trip per group under the payload limit.
 *
 * Reading every cell's level with the values would cost about 29 response bytes a cell
 * (`{"format":{"indentLevel":0}},`), nearly doubling the 40 of the values, and move 10,000 inventory rows from
 * one round trip to two; the columns whose text is a program name are known only once the values are in.
 */
import { planBlocks, type Area, type Block } from "./blocks";
import type { ApiSupport } from "./run";

/** Indent levels above 0 of one area's cells, by `indentKey` of their sheet position. */
export type IndentLevels = Map<number, number>;

export const indentKey = (row: number, col: number): number => row * 16_384 + col;

/** The probe of one block: each column's `indentLevel` once synced. */
export type IndentProbe = readonly Excel.RangeFormat[];

/** Response bytes of one cell's `{"format":{"indentLevel":n}},` from `getCellProperties`. */
const INDENT_BYTES_PER_CELL = 30;

/** Queues the probe of a block's columns; null when the host lacks ExcelApi 1.9. */
export function probeIndents(sheet: Excel.Worksheet, block: Block, supports: ApiSupport): IndentProbe | null {
  if (!supports("1.9")) return null;
  const formats: Excel.RangeFormat[] = [];
  for (let c = 0; c < block.cols; c++) formats.push(sheet.getRangeByIndexes(block.top, block.left + c, block.rows, 1).format.load("indentLevel"));
  return formats;
}

/**
 * What a synced probe settles: the levels of columns indented alike go into `levels`; the span of columns whose
 * cells differ, which need each cell read, comes back (null when none does).
 */
export function settleProbe(block: Block, probe: IndentProbe | null, levels: IndentLevels): Area | null {
  if (probe === null) return null;
  let first = -1;
  let last = -1;
  probe.forEach((format, c) => {
    const level = format.indentLevel;
    if (level === null) {
      if (first < 0) first = c;
      last = c;
    } else if (level > 0) {
      for (let r = 0; r < block.rows; r++) levels.set(indentKey(block.top + r, block.left + c), level);
    }
  });
  return first < 0 ? null : { sheet: block.sheet, top: block.top, left: block.left + first, rows: block.rows, cols: last - first + 1 };
}

/** A span of columns to read cell by cell, and the levels of the area it belongs to. */
export interface MixedSpan {
  readonly span: Area;
  readonly levels: IndentLevels;
}

/** Each cell's level over the spans, into their areas' levels: one round trip per group under the payload limit. */
export async function readMixedIndents(
  context: Excel.RequestContext,
  spans: readonly MixedSpan[],
  sheet: (name: string) => Excel.Worksheet,
  payloadLimit: number,
): Promise<void> {
  const cellsPerGroup = Math.max(1, Math.floor(payloadLimit / INDENT_BYTES_PER_CELL));
  for (const group of planBlocks(spans.map((s) => s.span), cellsPerGroup)) {
    const queued = group.map((block) => ({
      block,
      cells: sheet(block.sheet).getRangeByIndexes(block.top, block.left, block.rows, block.cols).getCellProperties({ format: { indentLevel: true } }),
    }));
    // One sync per group is the point: each group is as much as one request may carry.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, cells } of queued) {
      const { levels } = spans[block.area];
      cells.value.forEach((row, r) =>
        row.forEach((cell, c) => {
          const level = cell.format?.indentLevel ?? 0;
          if (level > 0) levels.set(indentKey(block.top + r, block.left + c), level);
        }),
      );
    }
  }
}
