import { gridColumnCount, type Grid } from "../grid";
import { containing, headerKey, isSubtotalLabel, isTotalLabel } from "../tables/headers";
import { isBlankRow } from "../tables/locate";
import { acrossTotals, classifyRows, downTotals } from "../tables/rows";
import { frameBelowHeader, type TableBase } from "../tables/types";
import { cellText, readNumber } from "../values/cell-readers";
import { ASSUMED_UNIT, tableUnit, type TableUnit } from "../units/money-unit";
import { defineKind } from "./kind";

/** Any other table of figures (`Table_*`): totals down and across. */
interface FigureTable extends TableBase {
  readonly kind: "table";
  /** Stated in its header or above it; null otherwise, as such tables often count people, sessions or copies. */
  readonly unit: TableUnit | null;
}

const WORDS = {
  // Rates and ratios are never summed: a header with any of these in it (`집행률`, `비율(%)`, `Rate`) is no figure.
  rate: ["율", "률", "비율", "rate", "ratio", "%"],
};
const isRateHeader = containing(...WORDS.rate);

/**
 * The first non-blank row is the header; leading columns of text are labels, the rest are figures. A
 * 계/합계/Total row sums the rows, a 계/합계/Total column sums the other figures.
 */
function parseFigureTable(name: string, grid: Grid, around: TableUnit = ASSUMED_UNIT): FigureTable | null {
  let headerRow = 0;
  while (headerRow < grid.values.length && isBlankRow(grid, headerRow)) headerRow++;
  const width = gridColumnCount(grid);
  const texts = headerRow < grid.values.length ? grid.values[headerRow].map(cellText) : [];
  const keys = texts.map(headerKey);
  const dataRows = grid.values.length - headerRow - 1;
  if (dataRows <= 0 || width < 2) return null;

  const isFigureColumn = (col: number): boolean => {
    if (isTotalLabel(keys[col]) || isSubtotalLabel(keys[col])) return true;
    let numbers = 0;
    let texts = 0;
    for (let row = headerRow + 1; row < grid.values.length; row++) {
      const reading = readNumber(grid.values[row][col]);
      if (reading.kind === "number" || (reading.kind === "text-number" && !reading.dash)) numbers++;
      else if (reading.kind === "invalid") texts++;
    }
    return numbers > texts;
  };
  // The label columns run from the left up to the first column of figures.
  let firstFigure = 1;
  while (firstFigure < width && !isFigureColumn(firstFigure)) firstFigure++;
  const labelCols = Array.from({ length: firstFigure }, (_, i) => i);
  const figureCols = Array.from({ length: width - firstFigure }, (_, i) => firstFigure + i).filter(
    (col) => keys[col] !== "" && !isRateHeader(texts[col]),
  );

  const rows = classifyRows(grid, headerRow + 1, labelCols);
  const totalCols = figureCols.filter((col) => isTotalLabel(keys[col]));
  const partCols = figureCols.filter((col) => !isTotalLabel(keys[col]) && !isSubtotalLabel(keys[col]));
  const totals = downTotals(rows, figureCols, texts);
  for (const col of totalCols) totals.push(...acrossTotals(rows, col, partCols));

  if (totals.length === 0) return null;
  const unit = tableUnit(grid, headerRow, figureCols, around);
  return {
    kind: "table",
    ...frameBelowHeader(name, grid, headerRow),
    typedColumns: figureCols.map((col) => ({ col, type: "number" })),
    totals,
    unit: unit.source === "header" || unit.source === "above" ? unit : null,
  };
}

export default defineKind({
  id: "table",
  names: { exact: [], prefixes: ["Table_", "표_"] },
  header: { words: WORDS, needed: ["계/합계/Total"] },
  parse: parseFigureTable,
  labels: {
    caption: { ko: "표", en: "Table" },
    qualifier: { ko: "합계가 있는", en: "totals" },
  },
});
