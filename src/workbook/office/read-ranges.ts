/// <reference types="office-js" />
/**
 * Reads every requested range in a fixed number of round trips, whatever the number of rows: (1) the used area
 * of each sheet involved, each request clipped to it and counted against the cell budget (cell-budget.ts, as the
 * .xlsx reader counts: a batch past it is refused by sheet and range before a cell is loaded), (2) values, value
 * types, number formats, formulas, merged areas and each column's
 * indent level of every block, one round trip per group of blocks under the 5 MB response limit, (3) only if
 * a column's cells are indented unlike each other, their indent levels (indents.ts), (4) only if a merged area
 * starts outside what was read, its top-left cells. A group Excel still refuses as too large is halved and read
 * again: refused with the payload code, or with `GeneralException` (HTTP 500), which Excel on the web has answered
 * instead (office-js issue 1314); a single row still refused ends the read with `OversizeRowError`.
 */
import { a1 } from "../../core/address";
import type { Grid } from "../../core/grid";
import type { Pace } from "../../core/progress";
import { finish, finishPaced } from "../../core/pieces";
import { CellBudget } from "../cell-budget";
import type { RangeRequest } from "../port";
import { BYTES_PER_CELL, planBlocks, splitGroup, type Area, type Block } from "./blocks";
import { probeIndents, readMixedIndents, settleProbe, type IndentLevels, type IndentProbe, type MixedSpan } from "./indents";
import { loadMergedAreas, mergedAreasRead, readTopLeftCells, topLeftCellsOutside, topLeftKey } from "./merged-areas";
import { PAYLOAD_LIMIT } from "./payload-limit";
import type { ApiSupport, ExcelRun } from "./run";
import { assembleGrid, type BlockData } from "./to-grid";

export interface ReadOptions {
  readonly supports: ApiSupport;
  /** Response bytes to aim at per round trip. */
  readonly responsePayloadLimit?: number;
  /** The cells one batch may make grids of (the budget's default: 1 GiB of them). */
  readonly cellBudget?: number;
  /** Names the workbook in a refusal. */
  readonly label: string;
}

/** With `pace` (the pane's), the grids are made from the host's answer in pieces, pausing between them. */
export function readRanges(run: ExcelRun, requests: readonly RangeRequest[], options: ReadOptions, pace?: Pace): Promise<Grid[]> {
  if (requests.length === 0) return Promise.resolve([]);
  return run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      const key = name.toLowerCase();
      let found = sheets.get(key);
      if (found === undefined) sheets.set(key, (found = context.workbook.worksheets.getItem(name)));
      return found;
    };

    const areas = await usedAreas(context, requests, sheet);
    spendOnce(new CellBudget(options.label, options.cellBudget), areas);
    const payloadLimit = options.responsePayloadLimit ?? PAYLOAD_LIMIT;
    const cellsPerGroup = Math.max(1, Math.floor(payloadLimit / BYTES_PER_CELL));
    const reads: BlockData[] = [];
    const levels: IndentLevels[] = areas.map(() => new Map());
    const mixed: MixedSpan[] = [];
    // One round trip per group: a single group unless the ranges pass the payload limit together.
    const reader: GroupReader = { context, sheet, areas, supports: options.supports, nameOf: (block) => requests[block.area].name };
    for (const group of planBlocks(areas, cellsPerGroup)) {
      for (const { data, probe } of await readGroup(reader, group)) {
        reads.push(data);
        const span = settleProbe(data.block, probe, levels[data.block.area]);
        if (span !== null) mixed.push({ span, levels: levels[data.block.area] });
      }
    }
    if (mixed.length > 0) await readMixedIndents(context, mixed, sheet, payloadLimit);

    const byArea = areas.map((_, i) => reads.filter((r) => r.block.area === i));
    const topLefts = await readTopLeftCells(context, areas.flatMap((area, i) => topLeftCellsOutside(area, byArea[i])), sheet);
    const totalRows = areas.reduce((sum, area) => sum + area.rows, 0);
    const grids: Grid[] = [];
    let rows = 0;
    for (const [i, request] of requests.entries()) {
      const pieces = assembleGrid(request, areas[i], byArea[i], (row, col) => topLefts.get(topLeftKey(areas[i].sheet, row, col)), levels[i]);
      grids.push(pace ? await finishPaced(pieces, pace, { step: "read", rows, totalRows }) : finish(pieces));
      rows += areas[i].rows;
    }
    return grids;
  });
}

/** Each request's rectangle clipped at the bottom and right to its sheet's cells in use, as the .xlsx reader clips. */
async function usedAreas(context: Excel.RequestContext, requests: readonly RangeRequest[], sheet: (name: string) => Excel.Worksheet): Promise<Area[]> {
  const used = new Map<string, Excel.Range>();
  for (const { rect } of requests) {
    const key = rect.sheet.toLowerCase();
    if (!used.has(key)) used.set(key, sheet(rect.sheet).getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"));
  }
  await context.sync();
  return requests.map(({ rect }) => {
    const range = used.get(rect.sheet.toLowerCase())!;
    const lastRow = range.isNullObject ? -1 : range.rowIndex + range.rowCount - 1;
    const lastCol = range.isNullObject ? -1 : range.columnIndex + range.columnCount - 1;
    const rows = Math.max(0, Math.min(rect.bottom, lastRow) - rect.top + 1);
    const cols = Math.max(0, Math.min(rect.right, lastCol) - rect.left + 1);
    return { sheet: rect.sheet, top: rect.top, left: rect.left, rows: cols === 0 ? 0 : rows, cols: rows === 0 ? 0 : cols };
  });
}

/** Counts each distinct area once, as the .xlsx reader does: names over one rectangle cost its cells once. */
function spendOnce(budget: CellBudget, areas: readonly Area[]): void {
  const counted = new Set<string>();
  for (const { sheet, top, left, rows, cols } of areas) {
    const key = [sheet.toLowerCase(), top, left, rows, cols].join(",");
    if (counted.has(key)) continue;
    counted.add(key);
    budget.spend(sheet, { top, left, bottom: top + rows - 1, right: left + cols - 1 });
  }
}

/** A block as read, and the probe of its columns' indents. */
interface BlockRead {
  readonly data: BlockData;
  readonly probe: IndentProbe | null;
}

/** What reading a group needs besides the group. */
interface GroupReader {
  readonly context: Excel.RequestContext;
  readonly sheet: (name: string) => Excel.Worksheet;
  readonly areas: readonly Area[];
  readonly supports: ApiSupport;
  readonly nameOf: (block: Block) => string;
}

/** The codes Excel answers a response too large with. */
const OVERSIZE_CODES = new Set(["ResponsePayloadSizeLimitExceeded", "GeneralException"]);

async function readGroup(reader: GroupReader, group: readonly Block[]): Promise<BlockRead[]> {
  const { context, sheet, areas, supports } = reader;
  const queued = group.map((block) => {
    const range = sheet(block.sheet).getRangeByIndexes(block.top, block.left, block.rows, block.cols);
    range.load("values, valueTypes, numberFormat, formulas");
    const merged = loadMergedAreas(sheet(block.sheet), areas[block.area], block, supports);
    return { block, range, merged, probe: probeIndents(sheet(block.sheet), block, supports) };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!OVERSIZE_CODES.has(String((error as { code?: unknown }).code))) throw error;
    const halves = splitGroup(group);
    if (halves === null) throw new OversizeRowError(reader.nameOf(group[0]), group[0]);
    return [...(await readGroup(reader, halves[0])), ...(await readGroup(reader, halves[1]))];
  }
  return queued.map(({ block, range, merged, probe }) => ({
    data: {
      block,
      values: range.values,
      valueTypes: range.valueTypes,
      numberFormats: range.numberFormat,
      formulas: range.formulas,
      merges: mergedAreasRead(merged),
    },
    probe,
  }));
}

/**
 * One row of a named range that Excel still refuses to return, however the read is cut: shaped as the payload
 * error the pane already words, with the name, sheet and row (`A10:J10`) it is about.
 */
export class OversizeRowError extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
  readonly sheet: string;
  readonly cell: string;

  constructor(
    readonly rangeName: string,
    block: Block,
  ) {
    super(`${rangeName}: row ${block.top + 1} of sheet ${block.sheet} is larger than Excel returns at once`);
    this.name = "OversizeRowError";
    this.sheet = block.sheet;
    this.cell = `${a1(block.top, block.left)}:${a1(block.top, block.left + block.cols - 1)}`;
  }
}
