import { mkdir, realpath, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { countBySeverity, type Lang } from "../core/finding";
import { renderMessage } from "../core/messages";
import { namesLookedFor } from "../core/names/classify";
import { defaultOptions } from "../core/options";
import { formatIsoDate, type CivilDate } from "../core/values/dates";
import { checkWorkbook } from "../workbook/check-workbook";
import { UnreadableWorkbookError } from "../workbook/port";
import { buildSummary } from "../core/summary/build-summary";
import { openXlsxBuffer, readXlsxFile } from "../workbook/xlsx";
import { WorkbookWriteError, writeSheetsIntoXlsx } from "../workbook/xlsx/write";
import { parseCommand, requestedLang, UsageError, type Command } from "./args";
import { formatJson } from "./format/json";
import { formatText } from "./format/text";
import { CLI_MESSAGES, type CliMessageId } from "./messages";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: CivilDate;
  /** The local time a report is stamped with, `2026-11-25 15:20`. */
  readonly generatedAt: string;
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
    const lang = requestedLang(argv);
    io.stderr(`${say(error.messageId, lang, { detail: error.detail })}\n\n${say("usage", lang)}`);
    return EXIT_UNREADABLE;
  }
  if (command.command === "help") {
    io.stdout(say("usage", command.lang));
    return EXIT_OK;
  }
  const { file, lang } = command;
  try {
    if (command.command === "report" && (await sameFile(file, command.output))) {
      io.stderr(say("sameOutput", lang, { detail: command.output }));
      return EXIT_UNREADABLE;
    }
    const data = await readXlsxFile(file);
    const source = await openXlsxBuffer(data, file);
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
    } else {
      const book = buildSummary({
        ...check,
        dueWithinMonths: options.dueWithinMonths,
        lang,
        fileName: basename(file),
        generatedAt: io.generatedAt,
      });
      const written = await writeSheetsIntoXlsx(data, book, { lang });
      if (!(await writeAtomically(command.output, written.data, lang, io))) return EXIT_UNREADABLE;
      const { error: errors, warning: warnings, info: infos } = countBySeverity(check.findings);
      io.stdout(say("reportWritten", lang, { file: command.output, sheet: written.sheetNames.summary, errors, warnings, infos }));
      for (const role of written.renamedBecauseTaken) {
        io.stdout(say("sheetNameTaken", lang, { wanted: book.sheets.find((s) => s.role === role)?.name ?? role, sheet: written.sheetNames[role] }));
      }
    }
    return countBySeverity(check.findings).error > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      io.stderr(say(error.reason, lang, { file, detail: error.detail }));
    } else if (error instanceof WorkbookWriteError) {
      io.stderr(say(WRITE_REFUSALS[error.reason], lang, { file, detail: error.detail }));
    } else {
      // Never a stack trace: the user gets what failed and where, in a sentence.
      io.stderr(say("internal", lang, { file, detail: error instanceof Error ? error.message : String(error) }));
    }
    return EXIT_UNREADABLE;
  }
}

const WRITE_REFUSALS = {
  unreadable: "corrupt",
  "strict-format": "strictFormat",
  "structure-protected": "structureProtected",
} as const satisfies Record<WorkbookWriteError["reason"], CliMessageId>;

function say(id: CliMessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return renderMessage(CLI_MESSAGES[id], data, lang);
}

/** The same file, whatever the path's spelling or links: the original is never overwritten. */
async function sameFile(input: string, output: string): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(input)) === (await real(output));
}

/** Writes next to the target and renames, so a failed write never leaves half a file under the output's name. */
async function writeAtomically(path: string, data: Uint8Array, lang: Lang, io: CliIo): Promise<boolean> {
  const folder = dirname(resolve(path));
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, path);
    return true;
  } catch (error) {
    io.stderr(say("cannotWrite", lang, { file: path, detail: error instanceof Error ? error.message : String(error) }));
    return false;
  }
}
