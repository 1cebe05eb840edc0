import { stamp } from "../../app/stamp";
import type { StampCommand } from "../args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { refuseSameOutput, writeAtomically } from "../files";
import { textLines } from "../format/text";
import { printLines, type CliIo } from "../io";
import { say } from "../messages";
import { withRuleLayers } from "../rule-config-file";
import { onWorkbookFile } from "../workbook-file";

/** `stamp FILE -o OUT`: validates, and only when no open error remains, writes a copy that holds the stamp. */
export async function runStamp(command: StampCommand, io: CliIo): Promise<number> {
  const { file, lang, output } = command;
  if (await refuseSameOutput(file, output, lang, io)) return EXIT_UNREADABLE;
  return onWorkbookFile(file, lang, io, async (workbook) => stamp(workbook, io.clock, await withRuleLayers(file, command)), async (result, workbook) => {
    const { settlement, split } = result;
    if (settlement.kind === "refused") {
      await printLines(io, textLines(file, result, split.open, lang, io.color, split.accepted));
      io.stderr(say("stampRefused", lang, { errors: split.open.filter((f) => f.severity === "error").length }));
      return EXIT_FINDINGS;
    }
    if (!(await writeAtomically(output, workbook.bytes(), lang, io))) return EXIT_UNREADABLE;
    const { when, ranges, counts } = settlement.stamp;
    const { warning: warnings, info: infos, accepted } = counts;
    io.stdout(say("stampWritten", lang, { file: output, when, ranges: ranges.length, warnings, infos, accepted }));
    return EXIT_OK;
  });
}
