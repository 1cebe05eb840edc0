import type { Finding, Lang } from "../../core/finding";
import { defaultOptions, type CheckOptions } from "../../core/options";
import { divisionFigures, type DivisionFigures } from "../../core/summary/division";
import { formatIsoDate, type CivilDate } from "../../core/values/dates";
import { checkWorkbook } from "../../workbook/check-workbook";
import { MARKER_NAMES } from "../../workbook/summary-sheets";
import { openXlsxBuffer, readXlsxFile } from "../../workbook/xlsx";
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
      readonly findings: readonly Finding[];
      readonly figures: DivisionFigures | null;
    }
  | { readonly kind: "failed"; readonly file: string; readonly message: string }
  /** A consolidated summary we wrote before: it holds no table, only our sheet, so it is no division's file. */
  | { readonly kind: "ours"; readonly file: string };

/** The command line's options over the defaults, for one file or many. */
export function checkOptionsOf(today: CivilDate, given: Pick<FileTask, "lang" | "asOf" | "dueWithinMonths">): CheckOptions {
  return defaultOptions(today, {
    lang: given.lang,
    ...(given.asOf && { asOf: given.asOf }),
    ...(given.dueWithinMonths !== undefined && { dueWithinMonths: given.dueWithinMonths }),
  });
}

/** Reads and checks one file, as the single-file command does; never throws. */
export async function checkFile(task: FileTask): Promise<FileOutcome> {
  const { file, lang } = task;
  try {
    const source = await openXlsxBuffer(await readXlsxFile(file), file);
    const options = checkOptionsOf(task.today, task);
    const check = await checkWorkbook(source, options);
    if (check.kind === "no-names") {
      if (check.definedNames.includes(MARKER_NAMES.summary)) return { kind: "ours", file };
      return { kind: "failed", file, message: sayNoNames(file, check.definedNames, lang) };
    }
    return {
      kind: "checked",
      file,
      asOf: formatIsoDate(check.facts.asOf),
      findings: check.findings,
      figures: task.figures ? divisionFigures(check.subjects, check.facts, options.dueWithinMonths) : null,
    };
  } catch (error) {
    return { kind: "failed", file, message: sayFailure(error, file, lang) };
  }
}
