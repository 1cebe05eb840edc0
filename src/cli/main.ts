import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { countBySeverity } from "../core/finding";
import type { CivilDate } from "../core/values/dates";
import { buildSummary } from "../core/summary/build-summary";
import { writeSheetsIntoXlsx } from "../workbook/xlsx";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import { parseCommand, requestedLang, UsageError, type Command } from "./args";
import { isRecordCommandLine, runRecordCommand } from "./commands";
import { sameFile, writeAtomically } from "./files";
import { checkNamedFile, checkOptionsOf } from "./checked-file";
import { runFolder } from "./folder/run-folder";
import { formatJson } from "./format/json";
import { formatText } from "./format/text";
import { say, sayFailure, sayUsage } from "./say";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: CivilDate;
  /** The local time a report is stamped with, `2026-11-25 15:20`. */
  readonly generatedAt: string;
  readonly color: boolean;
}

export { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE };

/** Runs one command line; returns the exit code (ESLint's: 0 clean, 1 errors found, 2 could not check). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (isRecordCommandLine(argv)) return runRecordCommand(argv, io);
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(sayUsage(error, requestedLang(argv)));
    return EXIT_UNREADABLE;
  }
  if (command.command === "help") {
    io.stdout(say("usage", command.lang));
    return EXIT_OK;
  }
  const [file, ...more] = command.inputs;
  if (more.length > 0 || (await isFolder(file))) return runFolder(command, io);
  return runFile({ ...command, file }, io);
}

/** One file, checked in-process: the command line's original contract. */
async function runFile(command: Exclude<Command, { command: "help" }> & { file: string }, io: CliIo): Promise<number> {
  const { file, lang } = command;
  try {
    if (command.command === "report" && (await sameFile(file, command.output))) {
      io.stderr(say("sameOutput", lang, { detail: command.output }));
      return EXIT_UNREADABLE;
    }
    const options = checkOptionsOf(io.today, command);
    const checked = await checkNamedFile(file, options, io);
    if (typeof checked === "number") return checked;
    const { data, check, asOf, record } = checked;
    const { open, accepted } = checked.split;
    if (command.command === "validate") {
      io.stdout(command.json ? formatJson(file, asOf, open, accepted) : formatText(file, asOf, open, lang, io.color, accepted));
    } else {
      const book = buildSummary({
        ...check,
        findings: open,
        accepted,
        stamp: record.stamp,
        dueWithinMonths: options.dueWithinMonths,
        lang,
        fileName: basename(file),
        generatedAt: io.generatedAt,
      });
      const written = await writeSheetsIntoXlsx(data, book, { lang });
      if (!(await writeAtomically(command.output, written.data, lang, io))) return EXIT_UNREADABLE;
      const { error: errors, warning: warnings, info: infos } = countBySeverity(open);
      io.stdout(say("reportWritten", lang, { file: command.output, sheet: written.sheetNames.summary, errors, warnings, infos }));
      for (const role of written.renamedBecauseTaken) {
        io.stdout(say("sheetNameTaken", lang, { wanted: book.sheets.find((s) => s.role === role)?.name ?? role, sheet: written.sheetNames[role] }));
      }
    }
    return countBySeverity(open).error > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    io.stderr(sayFailure(error, file, lang));
    return EXIT_UNREADABLE;
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
