import type { CellPosition } from "../address";
import type { Grid } from "../grid";
import { gridColumnCount } from "../grid";
import { staffSection } from "../summary/sections/staff";
import { headerKey, isSubtotalLabel, isTotalLabel } from "../tables/headers";
import { columnMatchers, findHeader } from "../tables/locate";
import { acrossTotals, classifyRows, downTotals } from "../tables/rows";
import { frameBelowHeader, type StaffDifference, type StaffTable, type TableRow, type TotalRelation } from "../tables/types";
import { cellText } from "../values/cell-readers";
import { defineKind } from "./kind";

// 정원, 현원, 과부족 and 결원 head columns in the long layout and label rows in the wide one.
const WORDS = {
  series: ["직종", "직렬", "구분", "Category", "Series"],
  // 직류 divides a 직렬 (행정 → 일반행정, 세무행정): the summary names a line by both.
  subSeries: ["직류", "Sub-series"],
  grade: ["직급", "Grade"],
  authorized: ["정원", "Authorized"],
  current: ["현원", "Current"],
  difference: ["과부족", "Difference"],
  vacancy: ["결원", "Vacancies", "Vacancy"],
};
const MATCHERS = columnMatchers(WORDS);
const { authorized: isAuthorized, current: isCurrent, difference: isDifference, vacancy: isVacancy } = MATCHERS;

/** The stated differences of a row (long layout) or column (wide layout), where its 과부족 or 결원 is given. */
function statedDifferences(
  authorized: CellPosition,
  current: CellPosition,
  stated: { difference?: CellPosition; vacancy?: CellPosition },
): StaffDifference[] {
  const differences: StaffDifference[] = [];
  if (stated.difference) differences.push({ authorized, current, difference: stated.difference, stated: "difference" });
  if (stated.vacancy) differences.push({ authorized, current, difference: stated.vacancy, stated: "vacancy" });
  return differences;
}

/** The long layout if its header is there, else the wide one. */
function parseStaff(name: string, grid: Grid): StaffTable | null {
  return parseLong(name, grid) ?? parseWide(name, grid);
}

/** One row per series and grade, with 정원 / 현원 / 과부족 columns. */
function parseLong(name: string, grid: Grid): StaffTable | null {
  const header = findHeader(grid, MATCHERS, ["authorized", "current"]);
  if (!header) return null;
  const { authorized, current, difference, vacancy, series, subSeries, grade } = header.columns;
  const stated = [difference, vacancy].filter((c): c is number => c !== undefined);
  const numberCols = [authorized!, current!, ...stated];
  const labelCols = [series, subSeries, grade].filter((c): c is number => c !== undefined);
  const rows = classifyRows(grid, header.row + 1, labelCols.length > 0 ? labelCols : [0]);
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : cellText(grid.values[row][col]));
  return {
    kind: "staff",
    layout: "long",
    ...frameBelowHeader(name, grid, header.row),
    typedColumns: numberCols.map((col) => ({ col, type: "number" })),
    totals: downTotals(rows, numberCols, header.texts),
    differences: rows.flatMap((r) =>
      statedDifferences({ row: r.row, col: authorized! }, { row: r.row, col: current! }, {
        difference: difference === undefined ? undefined : { row: r.row, col: difference },
        vacancy: vacancy === undefined ? undefined : { row: r.row, col: vacancy },
      }),
    ),
    lines: rows
      .filter((r) => r.kind === "detail")
      .map((r) => ({
        series: text(r.row, series),
        subSeries: text(r.row, subSeries),
        grade: text(r.row, grade),
        authorized: { row: r.row, col: authorized! },
        current: { row: r.row, col: current! },
      })),
  };
}

/**
 * The report's own layout: 정원 / 현원 / 과부족 as row labels in the first column, one or two header rows
 * above (series over grade, merged cells filled), a 계 column, and 소계 or 계 under a series for its subtotal.
 */
function parseWide(name: string, grid: Grid): StaffTable | null {
  const labelRows = new Map<string, number>();
  for (let row = 0; row < grid.values.length; row++) {
    const key = headerKey(cellText(grid.values[row][0]));
    if (isAuthorized(key) && !labelRows.has("authorized")) labelRows.set("authorized", row);
    else if (isCurrent(key) && !labelRows.has("current")) labelRows.set("current", row);
    else if (isDifference(key) && !labelRows.has("difference")) labelRows.set("difference", row);
    else if (isVacancy(key) && !labelRows.has("vacancy")) labelRows.set("vacancy", row);
  }
  const authorizedRow = labelRows.get("authorized");
  const currentRow = labelRows.get("current");
  if (authorizedRow === undefined || currentRow === undefined) return null;
  const differenceRow = labelRows.get("difference");
  const vacancyRow = labelRows.get("vacancy");
  const dataRows = [...labelRows.values()].sort((a, b) => a - b);
  const firstDataRow = dataRows[0];
  // Header rows: the non-blank rows just above the data, at most two (series, then grade).
  const headerRows = [firstDataRow - 2, firstDataRow - 1].filter((r) => r >= 0);
  const width = gridColumnCount(grid);

  const columns = Array.from({ length: width - 1 }, (_, i) => {
    const col = i + 1;
    const [series, grade] = headerRows.length === 2
      ? headerRows.map((r) => cellText(grid.values[r][col]))
      : [cellText(grid.values[headerRows[0] ?? 0][col]), ""];
    return { col, series, grade };
  }).filter((c) => c.series !== "" || c.grade !== "");

  const isTotal = (c: { series: string; grade: string }) => isTotalLabel(headerKey(c.series));
  const isSeriesSubtotal = (c: { series: string; grade: string }) =>
    !isTotal(c) && c.grade !== "" && (isTotalLabel(headerKey(c.grade)) || isSubtotalLabel(headerKey(c.grade)));
  const leaves = columns.filter((c) => !isTotal(c) && !isSeriesSubtotal(c));

  const rows: TableRow[] = dataRows.map((row) => ({ row, kind: "detail", label: cellText(grid.values[row][0]) }));
  const totals: TotalRelation[] = [];
  for (const total of columns.filter(isTotal)) {
    totals.push(...acrossTotals(rows, total.col, leaves.map((c) => c.col)));
  }
  for (const sub of columns.filter(isSeriesSubtotal)) {
    const members = leaves.filter((c) => c.series === sub.series).map((c) => c.col);
    totals.push(...acrossTotals(rows, sub.col, members, true));
  }

  const differences = columns.flatMap(({ col }) =>
    statedDifferences({ row: authorizedRow, col }, { row: currentRow, col }, {
      difference: differenceRow === undefined ? undefined : { row: differenceRow, col },
      vacancy: vacancyRow === undefined ? undefined : { row: vacancyRow, col },
    }),
  );
  return {
    kind: "staff",
    layout: "wide",
    name,
    grid,
    headerRow: headerRows[headerRows.length - 1] ?? 0,
    firstDataRow,
    lastDataRow: dataRows[dataRows.length - 1],
    typedColumns: columns.map(({ col }) => ({ col, type: "number" })),
    totals,
    differences,
    lines: leaves.map((c) => ({
      series: c.series,
      subSeries: "",
      grade: c.grade,
      authorized: { row: authorizedRow, col: c.col },
      current: { row: currentRow, col: c.col },
    })),
  };
}

export default defineKind({
  id: "staff",
  names: { exact: ["Staff", "인력"], prefixes: ["Staff_", "인력_"] },
  header: { words: WORDS, needed: ["정원 (Authorized)", "현원 (Current)"] },
  parse: parseStaff,
  labels: {
    caption: { ko: "인력", en: "Staff" },
    qualifier: { ko: "인력", en: "staff" },
  },
  summary: staffSection,
});
