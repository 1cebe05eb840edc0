import { accept } from "../../app/accept";
import type { AcceptCommand } from "../args";
import { EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { refuseSameOutput, writeAtomically } from "../files";
import type { CliIo } from "../io";
import { say } from "../messages";
import { withRuleLayers } from "../rule-config-file";
import { onWorkbookFile } from "../workbook-file";

/** `accept FILE --rule R --cell SHEET!A1 --reason … -o OUT`: records the acceptance of one finding as it stands now. */
export async function runAccept(command: AcceptCommand, io: CliIo): Promise<number> {
  const { file, lang, output, rule, sheet, cell } = command;
  if (await refuseSameOutput(file, output, lang, io)) return EXIT_UNREADABLE;
  const where = `${sheet}!${cell}`;
  return onWorkbookFile(file, lang, io, async (workbook) => accept(workbook, io.clock, await withRuleLayers(file, command), command), async (result, workbook) => {
    if (result.kind === "no-such-finding") {
      const found = result.here.map((f) => f.rule).join(", ") || say("none", lang);
      io.stderr(say("noSuchFinding", lang, { file, rule, cell: where, found }));
      return EXIT_UNREADABLE;
    }
    if (!(await writeAtomically(output, workbook.bytes(), lang, io))) return EXIT_UNREADABLE;
    io.stdout(say("acceptWritten", lang, { file: output, rule, cell: where }));
    return EXIT_OK;
  });
}
