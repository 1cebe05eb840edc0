import { parseCommand, requestedLang, UsageError, type Command } from "./args";
import { runAccept } from "./commands/accept";
import { runHelp } from "./commands/help";
import { runName } from "./commands/name";
import { runReport } from "./commands/report";
import { runStamp } from "./commands/stamp";
import { runValidate } from "./commands/validate";
import { runVerify } from "./commands/verify";
import { EXIT_UNREADABLE } from "./exit-codes";
import type { CliIo } from "./io";
import { sayUsage } from "./messages";

/** Runs one command line; returns the exit code (ESLint's: 0 clean, 1 errors found, 2 could not check). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(sayUsage(error, requestedLang(argv)));
    return EXIT_UNREADABLE;
  }
  switch (command.command) {
    case "help":
      return runHelp(command, io);
    case "validate":
      return runValidate(command, io);
    case "report":
      return runReport(command, io);
    case "stamp":
      return runStamp(command, io);
    case "verify":
      return runVerify(command, io);
    case "accept":
      return runAccept(command, io);
    case "name":
      return runName(command, io);
  }
}
