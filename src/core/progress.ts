/**
 * How far long work has come, for a shell that shows it (the pane); and the pause such work takes between its
 * pieces, so that a shell on a browser's one thread can give it back. The command line passes no pause and runs
 * the plain, synchronous functions.
 */
export type Progress =
  /** Taking in the cells the host answered with: grids of `rows` of the `totalRows` read are made. */
  | { readonly step: "read"; readonly rows: number; readonly totalRows: number }
  /** Reading the grids as tables: headers and rows, and tables found by their header words. */
  | { readonly step: "parse" }
  /** Checking table `table` of `tables`; `rows` of the `totalRows` of all tables are checked. */
  | { readonly step: "check"; readonly table: number; readonly tables: number; readonly rows: number; readonly totalRows: number }
  /** Fingerprinting the data for the stamp: `rows` of `totalRows` read into its text. */
  | { readonly step: "fingerprint"; readonly rows: number; readonly totalRows: number }
  /** Building the summary's sheets. */
  | { readonly step: "summary" }
  /** Handing the summary's sheets to the workbook. */
  | { readonly step: "write" }
  /** Putting a result's `findings` in the order the pane lists them. */
  | { readonly step: "list"; readonly findings: number };

/** Called between pieces of work: resolves at once, or after the host has had its turn. */
export type Pace = (progress: Progress) => Promise<void>;
