import { nameTables } from "../../app/name-tables";
import { rangeLabel } from "../../core/detect/detect-tables";
import { kindOf } from "../../core/kinds";
import type { NameCommand } from "../args";
import { EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { refuseSameOutput, writeAtomically } from "../files";
import type { CliIo } from "../io";
import { say } from "../messages";
import { onWorkbookFile } from "../workbook-file";

/** `name FILE -o OUT`: a copy with a defined name over each table found without one; prints the names. */
export async function runName(command: NameCommand, io: CliIo): Promise<number> {
  const { file, lang, output, json } = command;
  if (await refuseSameOutput(file, output, lang, io)) return EXIT_UNREADABLE;
  return onWorkbookFile(file, lang, io, (workbook) => nameTables(workbook, io.clock, command), async ({ named, unnamed }, workbook) => {
    const entries = named.map(({ name, kind, rect }) => ({ name, kind, sheet: rect.sheet, range: rangeLabel(rect) }));
    if (named.length > 0 && !(await writeAtomically(output, workbook.bytes(), lang, io))) return EXIT_UNREADABLE;
    if (json) {
      io.stdout(JSON.stringify({ file, output, names: entries }));
      return EXIT_OK;
    }
    if (named.length === 0 && unnamed.length === 0) {
      io.stdout(say("nothingToName", lang, { file }));
      return EXIT_OK;
    }
    if (named.length > 0) io.stdout(say("namesWritten", lang, { file: output, count: named.length }));
    for (const { name, kind, range } of entries) io.stdout(say("nameDefined", lang, { name, range, kind: kindOf(kind).labels.caption[lang] }));
    for (const { kind, rect } of unnamed) io.stdout(say("nameNotDefined", lang, { range: rangeLabel(rect), kind: kindOf(kind).labels.caption[lang] }));
    return EXIT_OK;
  });
}
