import { makeStamp } from "../../core/stamp/make";
import { VERSION } from "../../workbook/version";
import { writeRecordIntoXlsx } from "../../workbook/xlsx";
import { formatText } from "../format/text";
import type { CliIo } from "../main";
import type { RecordCommand } from "./args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { writeAtomically } from "../files";
import { checkNamedFile, checkOptionsOf } from "../checked-file";
import { say } from "../say";

/** `stamp FILE -o OUT`: validates, and only when no open error remains, writes the stamp into a copy. */
export async function runStamp(command: Extract<RecordCommand, { command: "stamp" }>, io: CliIo): Promise<number> {
  const { file, lang, output } = command;
  const checked = await checkNamedFile(file, checkOptionsOf(io.today, command), io);
  if (typeof checked === "number") return checked;
  const { check, record, asOf, data, split } = checked;
  const stamp = makeStamp({ subjects: check.subjects, split, asOf, when: new Date().toISOString(), version: VERSION });
  if (stamp === null) {
    io.stdout(formatText(file, asOf, split.open, lang, io.color, split.accepted));
    io.stderr(say("stampRefused", lang, { errors: split.open.filter((f) => f.severity === "error").length }));
    return EXIT_FINDINGS;
  }
  const written = await writeRecordIntoXlsx(data, { ...record, stamp });
  if (!(await writeAtomically(output, written, lang, io))) return EXIT_UNREADABLE;
  const { warning: warnings, info: infos, accepted } = stamp.counts;
  io.stdout(say("stampWritten", lang, { file: output, when: stamp.when, ranges: stamp.ranges.length, warnings, infos, accepted }));
  return EXIT_OK;
}
