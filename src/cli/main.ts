import { countBySeverity } from "../core/finding";
import { renderMessage } from "../core/messages";
import { namesLookedFor } from "../core/names/classify";
import { defaultOptions } from "../core/options";
import { formatIsoDate, type CivilDate } from "../core/values/dates";
import { checkWorkbook } from "../workbook/check-workbook";
import { UnreadableWorkbookError } from "../workbook/port";
import { openXlsxFile } from "../workbook/xlsx";
import { parseCommand, UsageError, type Command } from "./args";
import { formatJson } from "./format/json";
import { formatText } from "./format/text";
import { CLI_MESSAGES, type CliMessageId } from "./messages";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: CivilDate;
  readonly color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** Runs one command line; returns the exit code (ESLint's: 0 clean, 1 errors found, 2 could not check). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${say(error.messageId, "ko", { detail: error.detail })}\n\n${say("usage", "ko")}`);
    return EXIT_UNREADABLE;
  }
  if (command.command === "help") {
    io.stdout(say("usage", command.lang));
    return EXIT_OK;
  }
  const { file, lang } = command;
  try {
    const source = await openXlsxFile(file);
    const options = defaultOptions(io.today, {
      lang,
      ...(command.asOf && { asOf: command.asOf }),
      ...(command.dueWithinMonths !== undefined && { dueWithinMonths: command.dueWithinMonths }),
    });
    const check = await checkWorkbook(source, options);
    if (check.kind === "no-names") {
      const names = check.definedNames.length > 0 ? check.definedNames.join(", ") : say("none", lang);
      io.stderr(say("noNames", lang, { file, names, expected: namesLookedFor().join(", ") }));
      return EXIT_UNREADABLE;
    }
    const asOf = formatIsoDate(check.facts.asOf);
    if (command.command === "validate") {
      io.stdout(command.json ? formatJson(file, asOf, check.findings) : formatText(file, asOf, check.findings, lang, io.color));
    }
    return countBySeverity(check.findings).error > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      io.stderr(say(error.reason, lang, { file, detail: error.detail }));
    } else {
      // Never a stack trace: the user gets what failed and where, in a sentence.
      io.stderr(say("internal", lang, { file, detail: error instanceof Error ? error.message : String(error) }));
    }
    return EXIT_UNREADABLE;
  }
}

function say(id: CliMessageId, lang: "ko" | "en", data: Record<string, string> = {}): string {
  return renderMessage(CLI_MESSAGES[id], data, lang);
}
