import type { CliIo } from "../main";
import { parseRecordCommand, RecordUsageError } from "./args";
import { runAccept } from "./accept";
import { requestedLang } from "../args";
import { EXIT_UNREADABLE } from "../exit-codes";
import { sameFile } from "../files";
import { sayFailure } from "../say";
import { say } from "./shared";
import { runStamp } from "./stamp";
import { runVerify } from "./verify";

export { isRecordCommandLine } from "./args";

/** `stamp`, `verify` and `accept`: the commands that read or write Budget Check's record in a workbook. */
export async function runRecordCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseRecordCommand(argv);
  } catch (error) {
    if (!(error instanceof RecordUsageError)) throw error;
    const lang = requestedLang(argv);
    io.stderr(`${say(error.messageId, lang, { detail: error.detail, option: error.detail })}\n\n${say("usage", lang)}`);
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
