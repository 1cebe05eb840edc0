/**
 * Reading and checking one workbook with its record (stamp and accepted findings): the one way every command
 * does it, `validate` and `report` on one file or on each file of a folder (in a worker), `stamp`, `verify`, `accept`.
 */
import type { Lang } from "../core/finding";
import { defaultOptions, type CheckOptions } from "../core/options";
import type { AcceptanceSplit } from "../core/stamp/acceptance";
import { applyRecord } from "../core/stamp/make";
import type { WorkbookRecord } from "../core/stamp/record";
import { formatIsoDate, type CivilDate } from "../core/values/dates";
import { checkWorkbook, type WorkbookCheck } from "../workbook/check-workbook";
import { openXlsxBuffer, readRecordFromXlsx, readXlsxFile } from "../workbook/xlsx";
import { EXIT_UNREADABLE } from "./exit-codes";
import type { CliIo } from "./main";
import { sayNoNames } from "./say";

/** The command line's options over the defaults, for one file or many. */
export function checkOptionsOf(
  today: CivilDate,
  given: { readonly lang: Lang; readonly asOf?: CivilDate; readonly dueWithinMonths?: number },
): CheckOptions {
  return defaultOptions(today, {
    lang: given.lang,
    ...(given.asOf && { asOf: given.asOf }),
    ...(given.dueWithinMonths !== undefined && { dueWithinMonths: given.dueWithinMonths }),
  });
}

/** A workbook read and checked, with Budget Check's record (stamp and acceptances) applied to its findings. */
export interface CheckedFile {
  readonly kind: "checked";
  readonly data: Uint8Array;
  readonly check: Extract<WorkbookCheck, { kind: "checked" }>;
  readonly asOf: string;
  readonly record: WorkbookRecord;
  /** Open findings count; accepted ones are listed apart with their reasons. */
  readonly split: AcceptanceSplit;
}

/** Reads and checks one file as every command does; the names it holds when none is one to check. Throws on an unreadable file. */
export async function checkFileWithRecord(file: string, options: CheckOptions): Promise<CheckedFile | Extract<WorkbookCheck, { kind: "no-names" }>> {
  const data = await readXlsxFile(file);
  const check = await checkWorkbook(await openXlsxBuffer(data, file), options);
  if (check.kind === "no-names") return check;
  const record = await readRecordFromXlsx(data);
  return { kind: "checked", data, check, asOf: formatIsoDate(check.facts.asOf), record, split: applyRecord(check.findings, record) };
}

/** The same for the one file a command names: exit code 2, with the reason said, when it holds nothing to check. */
export async function checkNamedFile(file: string, options: CheckOptions, io: CliIo): Promise<CheckedFile | number> {
  const checked = await checkFileWithRecord(file, options);
  if (checked.kind === "checked") return checked;
  io.stderr(sayNoNames(file, checked.definedNames, options.lang));
  return EXIT_UNREADABLE;
}
