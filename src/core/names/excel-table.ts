/**
 * An Excel table (a ListObject: Insert → Table) as a workbook stores it. Excel's Name Manager lists tables
 * beside defined names, and users who structure their data make tables first, so the read plan takes a table
 * whose name is one of ours as that name's range.
 */
export interface ExcelTable {
  /** The name formulas and the Name Manager use (the part's `displayName`, Office.js's `Table.name`). */
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header and totals rows included, in A1 without `$`: `B3:H20`. */
  readonly ref: string;
  /** 1 when the table shows its header row, 0 when it is hidden. */
  readonly headerRowCount: number;
  /** 1 when the table shows a totals row (its last row), else 0. */
  readonly totalsRowCount: number;
}
