import { checkDivision } from "../../app/division";
import { clockAt } from "../../app/clock";
import type { AsOfSource } from "../../core/facts";
import type { Finding, Lang } from "../../core/finding";
import type { RuleConfig, RuleSettings } from "../../core/rule-config";
import type { RangeUnit } from "../../core/units/range-units";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import type { DivisionFigures } from "../../core/summary/division";
import type { CivilDate } from "../../core/values/dates";
import { openXlsxWorkbookFile } from "../../workbook/xlsx";
import { jsonRanges, type JsonRange } from "../format/json";
import { withRuleLayers } from "../rule-config-file";
import { sayFailure, sayNoNames } from "../messages";

/** What checking one file of a folder needs: plain data, as it crosses to a worker process. */
export interface FileTask {
  readonly file: string;
  /** The day the run began, read once by the main process. */
  readonly today: CivilDate;
  readonly lang: Lang;
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
  /** False with `--no-detect`; tables are found without names otherwise. */
  readonly detect?: boolean;
  /** `--rule`, and `--config` when given: otherwise each file's folder's `budget-check.json` is read. */
  readonly rules?: RuleConfig;
  readonly config?: string;
  /** Whether a consolidated summary wants the file's figures. */
  readonly figures: boolean;
}

/** What a pool worker sends once, when it can take files: the pool times each file from when it is sent. */
export const WORKER_READY = "ready";

export type FileOutcome =
  | {
      readonly kind: "checked";
      readonly file: string;
      readonly asOf: string;
      readonly asOfSource: AsOfSource;
      readonly units: readonly RangeUnit[];
      readonly ruleSettings: Pick<RuleSettings, "overrides">;
      /** The open findings: only these count. */
      readonly findings: readonly Finding[];
      /** Findings the workbook's record accepts, each with its reason. */
      readonly accepted: readonly AcceptedFinding[];
      /** The ranges read as tables, as the single-file JSON lists them. */
      readonly ranges: readonly JsonRange[];
      readonly figures: DivisionFigures | null;
    }
  | { readonly kind: "failed"; readonly file: string; readonly message: string }
  /** A consolidated summary we wrote before: it holds no table, only our sheet, so it is no division's file. */
  | { readonly kind: "ours"; readonly file: string };

/** Checks one file of a folder, as a single-file `validate` does, in a message a worker can post; never throws. */
export async function checkFile(task: FileTask): Promise<FileOutcome> {
  const { file, lang } = task;
  try {
    const workbook = await openXlsxWorkbookFile(file);
    const result = await checkDivision(workbook, clockAt(task.today), await withRuleLayers(file, task), task.figures);
    if (result.kind === "ours") return { kind: "ours", file };
    if (result.kind === "no-names") return { kind: "failed", file, message: sayNoNames(file, result, lang) };
    const { asOf, asOfSource, units, split, figures, check, ruleSettings } = result;
    return { kind: "checked", file, asOf, asOfSource, units, ruleSettings, findings: split.open, accepted: split.accepted, ranges: jsonRanges(check.subjects), figures };
  } catch (error) {
    return { kind: "failed", file, message: sayFailure(error, file, lang) };
  }
}
