import type { HelpCommand } from "../args";
import { EXIT_OK } from "../exit-codes";
import type { CliIo } from "../io";
import { say } from "../messages";

export function runHelp(command: HelpCommand, io: CliIo): number {
  io.stdout(say("usage", command.lang));
  return EXIT_OK;
}
