import { acceptFinding, withAcceptance } from "../../core/stamp/acceptance";
import { writeRecordIntoXlsx } from "../../workbook/xlsx";
import type { CliIo } from "../main";
import type { RecordCommand } from "./args";
import { EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { writeAtomically } from "../files";
import { checkNamedFile, checkOptionsOf } from "../checked-file";
import { say } from "../say";

/** `accept FILE --rule R --cell SHEET!A1 --reason …`: records the acceptance of one finding as it stands now. */
export async function runAccept(command: Extract<RecordCommand, { command: "accept" }>, io: CliIo): Promise<number> {
  const { file, lang, output, rule, sheet, cell, reason, by } = command;
  const checked = await checkNamedFile(file, checkOptionsOf(io.today, command), io);
  if (typeof checked === "number") return checked;
  const here = checked.check.findings.filter((f) => f.sheet.normalize("NFC") === sheet.normalize("NFC") && f.cell === cell);
  const finding = here.find((f) => f.rule === rule);
  const where = `${sheet}!${cell}`;
  if (finding === undefined) {
    io.stderr(say("noSuchFinding", lang, { file, rule, cell: where, found: here.map((f) => f.rule).join(", ") || say("none", lang) }));
    return EXIT_UNREADABLE;
  }
  const accepted = withAcceptance(checked.record.accepted, acceptFinding(finding, reason, new Date().toISOString(), by));
  const written = await writeRecordIntoXlsx(checked.data, { ...checked.record, accepted });
  if (!(await writeAtomically(output, written, lang, io))) return EXIT_UNREADABLE;
  io.stdout(say("acceptWritten", lang, { file: output, rule, cell: where }));
  return EXIT_OK;
}
