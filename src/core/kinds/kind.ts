import type { Grid } from "../grid";
import type { LocalizedText } from "../messages";
import type { Pieces } from "../pieces";
import type { SummarySection } from "../summary/section";
import type { TableUnit } from "../units/money-unit";

/** How a kind's defined names (and Excel tables) are spelled; matched without regard to case. */
interface KindNames {
  /** Whole names: `Budget`, `예산`. */
  readonly exact: readonly string[];
  /** Prefixes that take any suffix: `Budget_` for `Budget_2018`. */
  readonly prefixes: readonly string[];
}

/** The words a kind's header is read by. */
interface KindHeader {
  /** By the role of the column they mark; the kind's parser says how a role matches (whole header or a part). */
  readonly words: Readonly<Record<string, readonly string[]>>;
  /** What a header cannot do without, as the `table/unrecognized` finding lists it. */
  readonly needed: readonly string[];
}

/** What people call a kind, in both languages. */
interface KindLabels {
  /** The kind on its own, as the pane captions a range: 예산 / Budget. */
  readonly caption: LocalizedText;
  /** The kind before "table" in a sentence: 예산 표 / budget table. */
  readonly qualifier: LocalizedText;
}

/** One kind of table: everything the program knows of it, in one file under `src/core/kinds/`. */
interface KindDefinition<Id extends string, T extends { readonly kind: Id }> {
  readonly id: Id;
  readonly names: KindNames;
  /** Null for a kind read without a header (one cell). */
  readonly header: KindHeader | null;
  /**
   * Reads a range's grid as this kind; null when the header it needs is not there. `unit` is what the workbook
   * says of money around the range (a unit line above it, the `단위` cell; 천원 assumed when omitted): a kind
   * with amounts takes it when its own header states no unit.
   */
  readonly parse: (name: string, grid: Grid, unit?: TableUnit) => T | null;
  /**
   * For a kind whose tables may run to many thousand rows (a register): `parse` as a generator that yields
   * every `PIECE_ROWS` rows or so (core/pieces.ts), so that the pane can pause within it; `parse` is these
   * pieces run straight through.
   */
  readonly parsePieces?: (name: string, grid: Grid, unit?: TableUnit) => Pieces<T | null>;
  readonly labels: KindLabels;
  /**
   * For a kind whose rows are read each on its own (a register's lots): `table` read again from `grid`, its
   * grid with some data rows changed (`rows`, ascending, below the header) and nothing else, and the same table
   * holding only those rows as data, on which a live re-check runs the rules of row scope. Null when the rows
   * change how the table is framed (a lot row turned blank or a total): the table is then read again whole.
   */
  readonly rowsEdited?: (table: T, grid: Grid, rows: readonly number[]) => EditedRows<T> | null;
  /** The kind's section of the summary sheet, if it has one. */
  readonly summary?: SummarySection<T>;
}

/** A table with some of its rows changed, whole and as those rows alone (`rowsEdited`). */
export interface EditedRows<T> {
  readonly table: T;
  readonly rows: T;
}

/** Declares a kind; its id and table type are kept literal, so that the registry's types derive from them. */
export function defineKind<Id extends string, T extends { readonly kind: Id }>(kind: KindDefinition<Id, T>): KindDefinition<Id, T> {
  return kind;
}

/** The table a kind reads its ranges into. */
export type TableOf<K> = K extends KindDefinition<string, infer T> ? T : never;
