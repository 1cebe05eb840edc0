import type { Finding, Lang } from "../../core/finding";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import { divisionFigures, type DivisionFigures } from "../../core/summary/division";
import type { CivilDate } from "../../core/values/dates";
import { MARKER_NAMES } from "../../workbook/summary-sheets";
import { checkFileWithRecord, checkOptionsOf } from "../checked-file";
import { sayFailure, sayNoNames } from "../say";

/** What checking one file of a folder needs: plain data, as it crosses to a worker thread. */
export interface FileTask {
  readonly file: string;
  readonly today: CivilDate;
  readonly lang: Lang;
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
  /** Whether a consolidated summary wants the file's figures. */
  readonly figures: boolean;
}

export type FileOutcome =
  | {
      readonly kind: "checked";
      readonly file: string;
      readonly asOf: string;
      /** The open findings: only these count. */
      readonly findings: readonly Finding[];
      /** Findings the workbook's record accepts, each with its reason. */
      readonly accepted: readonly AcceptedFinding[];
      readonly figures: DivisionFigures | null;
    }
  | { readonly kind: "failed"; readonly file: string; readonly message: string }
  /** A consolidated summary we wrote before: it holds no table, only our sheet, so it is no division's file. */
  | { readonly kind: "ours"; readonly file: string };

/** Reads and checks one file with its record, as the single-file command does; never throws. */
export async function checkFile(task: FileTask): Promise<FileOutcome> {
  const { file, lang } = task;
  try {
    const options = checkOptionsOf(task.today, task);
    const checked = await checkFileWithRecord(file, options);
    if (checked.kind === "no-names") {
      if (checked.definedNames.includes(MARKER_NAMES.summary)) return { kind: "ours", file };
      return { kind: "failed", file, message: sayNoNames(file, checked.definedNames, lang) };
    }
    const { check, asOf, split } = checked;
    return {
      kind: "checked",
      file,
      asOf,
      findings: split.open,
      accepted: split.accepted,
      figures: task.figures ? divisionFigures(check.subjects, check.facts, options.dueWithinMonths) : null,
    };
  } catch (error) {
    return { kind: "failed", file, message: sayFailure(error, file, lang) };
  }
}
