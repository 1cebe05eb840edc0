import type { CliIo } from "../main";
import { parseRecordCommand } from "./args";
import { runAccept } from "./accept";
import { requestedLang, UsageError } from "../args";
import { EXIT_UNREADABLE } from "../exit-codes";
import { sameFile } from "../files";
import { say, sayFailure, sayUsage } from "../say";
import { runStamp } from "./stamp";
import { runVerify } from "./verify";

export { isRecordCommandLine } from "./args";

/** `stamp`, `verify` and `accept`: the commands that read or write Budget Check's record in a workbook. */
export async function runRecordCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseRecordCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(sayUsage(error, requestedLang(argv)));
    return EXIT_UNREADABLE;
  }
  const { file, lang } = command;
  try {
    if (command.command !== "verify" && (await sameFile(file, command.output))) {
      io.stderr(say("sameOutput", lang, { detail: command.output }));
      return EXIT_UNREADABLE;
    }
    if (command.command === "stamp") return await runStamp(command, io);
    if (command.command === "verify") return await runVerify(command, io);
    return await runAccept(command, io);
  } catch (error) {
    io.stderr(sayFailure(error, file, lang));
    return EXIT_UNREADABLE;
  }
}
