import type { WorkbookFacts } from "./facts";
import type { Lang, MessageData, Severity } from "./finding";
import type { Catalogue, LocalizedText } from "./messages";
import type { CheckOptions } from "./options";
import type { Subject, SubjectKind } from "./subject";
import { finish, type Pieces } from "./pieces";

export interface Report {
  /** Grid row and column of the one cell the finding is about; omitted for a name with no cells. */
  readonly row?: number;
  readonly col?: number;
  readonly messageId: string;
  readonly data?: MessageData;
  /** A rule whose severity depends on the case (cell/number-as-text) says so here. */
  readonly severity?: Severity;
  /** Grid cells a finding about many cells stands for (its own among them), listed in the finding's `cells`. */
  readonly cells?: readonly { readonly row: number; readonly col: number }[];
}

export interface RuleContext {
  readonly options: CheckOptions;
  readonly facts: WorkbookFacts;
  readonly lang: Lang;
  report(report: Report): void;
}

type SubjectOf<K extends SubjectKind> = Extract<Subject, { kind: K }>;

/**
 * What a rule's findings depend on, which tells a live re-check what to run again after some rows changed.
 * `row`: a row's findings depend on that row's cells (as the table reads them: its columns, its kind of row)
 * and the workbook's facts alone: run on the edited rows only. `frame`: on the table's header, merged areas and
 * which cells hold a value, not on the values: kept while no edited cell turned blank or filled. `table`:
 * anything across rows (totals, duplicates, formulas' coverage, one finding for many cells): run on the whole table.
 */
export type RuleScope = "row" | "frame" | "table";

interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  readonly description: LocalizedText;
  readonly messages: Catalogue;
}

/**
 * A rule's logic: `check`, run at once; or, for a rule that may take long on a long table, `pieces`, the same
 * check as a generator that yields every `PIECE_ROWS` rows or so (core/pieces.ts), so that a paced run can
 * pause within it. Such a rule's `check` is its pieces run straight through.
 */
type RuleLogic<K extends SubjectKind> =
  | { check(subject: SubjectOf<K>, context: RuleContext): void; readonly pieces?: undefined }
  | { pieces(subject: SubjectOf<K>, context: RuleContext): Pieces<void>; readonly check?: undefined };

/** One rule, one file: its id, severity and messages beside its logic (after ESLint's rules). */
export type RuleDefinition<K extends SubjectKind> = RuleMeta & RuleLogic<K> & {
  readonly appliesTo: readonly K[];
  /**
   * For a rule that keeps what its check read of a table (by the table): hands it to `to`, the table read again
   * with only the data rows `rows` changed, updated for those rows, so that checking `to` costs the rows, not
   * the table. The live re-check calls it before checking `to`.
   */
  carry?(from: SubjectOf<K>, to: SubjectOf<K>, rows: readonly number[]): void;
};

/** A rule as the runner holds it: it checks any subject and ignores the kinds it does not apply to. */
export interface Rule extends RuleMeta {
  readonly appliesTo: readonly SubjectKind[];
  check(subject: Subject, context: RuleContext): void;
  /** For a rule written in pieces: its check, pausing within (what a paced run calls instead of `check`). */
  pieces?(subject: Subject, context: RuleContext): Pieces<void>;
  carry?(from: Subject, to: Subject, rows: readonly number[]): void;
}

function isOneOf<K extends SubjectKind>(subject: Subject, kinds: readonly K[]): subject is SubjectOf<K> {
  return (kinds as readonly SubjectKind[]).includes(subject.kind);
}

export function defineRule<K extends SubjectKind>(definition: RuleDefinition<K>): Rule {
  const { carry, pieces } = definition;
  const checkAll = pieces ? (subject: SubjectOf<K>, context: RuleContext) => finish(pieces(subject, context)) : definition.check;
  return {
    ...definition,
    check(subject, context) {
      if (isOneOf(subject, definition.appliesTo)) checkAll(subject, context);
    },
    ...(pieces && {
      *pieces(subject: Subject, context: RuleContext): Pieces<void> {
        if (isOneOf(subject, definition.appliesTo)) yield* pieces(subject, context);
      },
    }),
    ...(carry && {
      carry(from: Subject, to: Subject, rows: readonly number[]) {
        if (isOneOf(from, definition.appliesTo) && isOneOf(to, definition.appliesTo)) carry(from, to, rows);
      },
    }),
  };
}
