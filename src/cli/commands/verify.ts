import { fingerprintSubjects } from "../../core/stamp/make";
import { compareWithStamp } from "../../core/stamp/stamp";
import type { CliIo } from "../main";
import type { RecordCommand } from "./args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { checkNamedFile, checkOptionsOf } from "../checked-file";
import { say } from "../say";

/** `verify FILE`: 0 when every stamped range still holds the same data, 1 listing those that differ, 2 without a stamp. */
export async function runVerify(command: Extract<RecordCommand, { command: "verify" }>, io: CliIo): Promise<number> {
  const { file, lang } = command;
  const checked = await checkNamedFile(file, checkOptionsOf(io.today, command), io);
  if (typeof checked === "number") return checked;
  const { stamp } = checked.record;
  if (stamp === null) {
    io.stderr(say("noStamp", lang, { file }));
    return EXIT_UNREADABLE;
  }
  const comparison = compareWithStamp(stamp, fingerprintSubjects(checked.check.subjects));
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
}
