import { verify } from "../../app/verify";
import type { VerifyCommand } from "../args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import type { CliIo } from "../io";
import { say } from "../messages";
import { withRuleLayers } from "../rule-config-file";
import { onWorkbookFile } from "../workbook-file";

/** `verify FILE`: 0 when every stamped range still holds the same data, 1 listing those that differ, 2 without a stamp. */
export function runVerify(command: VerifyCommand, io: CliIo): Promise<number> {
  const { file, lang } = command;
  return onWorkbookFile(file, lang, io, async (workbook) => verify(workbook, io.clock, await withRuleLayers(file, command)), (result) => {
    if (result.kind === "no-stamp") {
      io.stderr(say("noStamp", lang, { file }));
      return EXIT_UNREADABLE;
    }
    const { stamp, comparison } = result;
    if (command.json) {
      const { when, version, asOf, counts, hash } = stamp;
      io.stdout(JSON.stringify({ file, stamp: { when, version, asOf, counts, hash }, ...comparison }));
    } else if (comparison.unchanged) {
      io.stdout(say("unchanged", lang, { file, when: stamp.when, asOf: stamp.asOf, version: stamp.version }));
    } else {
      const lines = [say("changed", lang, { file, when: stamp.when })];
      for (const r of comparison.changed) lines.push(say("changedRange", lang, { ...r }));
      for (const r of comparison.added) lines.push(say("addedRange", lang, { ...r }));
      for (const r of comparison.removed) lines.push(say("removedRange", lang, { ...r }));
      io.stdout(lines.join("\n"));
    }
    return comparison.unchanged ? EXIT_OK : EXIT_FINDINGS;
  });
}
