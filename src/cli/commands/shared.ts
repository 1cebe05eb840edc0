/** What the record commands share: reading and checking a file with its record, and speaking. */
import type { Lang } from "../../core/finding";
import { renderMessage } from "../../core/messages";
import type { WorkbookRecord } from "../../core/stamp/record";
import { formatIsoDate } from "../../core/values/dates";
import { checkWorkbook, type WorkbookCheck } from "../../workbook/check-workbook";
import { openXlsxBuffer, readXlsxFile } from "../../workbook/xlsx";
import { readRecordFromXlsx } from "../../workbook/xlsx/write/record-part";
import { EXIT_UNREADABLE } from "../exit-codes";
import { checkOptionsOf } from "../folder/check-file";
import type { CliIo } from "../main";
import { CLI_MESSAGES, type CliMessageId } from "../messages";
import { sayNoNames } from "../say";
import type { RecordCommand } from "./args";
import { RECORD_MESSAGES, type RecordMessageId } from "./messages";

export function say(id: CliMessageId | RecordMessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  const template = id in RECORD_MESSAGES ? RECORD_MESSAGES[id as RecordMessageId] : CLI_MESSAGES[id as CliMessageId];
  return renderMessage(template, data, lang);
}

export interface CheckedFile {
  readonly data: Uint8Array;
  readonly check: Extract<WorkbookCheck, { kind: "checked" }>;
  readonly asOf: string;
  readonly record: WorkbookRecord;
}

/** Reads, validates and reads the record; an exit code (with the reason said) when there is nothing to check. */
export async function checkFile(command: RecordCommand, io: CliIo): Promise<CheckedFile | number> {
  const { file, lang } = command;
  const data = await readXlsxFile(file);
  const check = await checkWorkbook(await openXlsxBuffer(data, file), checkOptionsOf(io.today, command));
  if (check.kind === "no-names") {
    io.stderr(sayNoNames(file, check.definedNames, lang));
    return EXIT_UNREADABLE;
  }
  return { data, check, asOf: formatIsoDate(check.facts.asOf), record: await readRecordFromXlsx(data) };
}
