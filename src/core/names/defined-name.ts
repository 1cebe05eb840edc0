/** A defined name as a workbook stores it, before the core decides whether and how to read it. */
export interface DefinedName {
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to; undefined for a workbook-scoped name. */
  readonly scopeSheet?: string;
  /** The formula text the name refers to, with or without a leading `=`. */
  readonly formula: string;
}
