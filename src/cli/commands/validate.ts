import { validate } from "../../app/validate";
import { countBySeverity } from "../../core/finding";
import type { ValidateCommand } from "../args";
import { exitCodeOf } from "../exit-codes";
import { checkFolder, isFolderRun, type FolderOutcome } from "../folder/check-folder";
import { folderJson, jsonFailure, jsonRanges, jsonReport } from "../format/json";
import { jsonPieces } from "../format/pieces";
import { formatCounts, textLines } from "../format/text";
import { printLines, printPieces, type CliIo } from "../io";
import { say } from "../messages";
import { withRuleLayers } from "../rule-config-file";
import { onWorkbookFile } from "../workbook-file";

/** `validate FILE`: the findings, as text or JSON; with a folder or several files, each file's and the total. */
export async function runValidate(command: ValidateCommand, io: CliIo): Promise<number> {
  if (await isFolderRun(command.inputs)) return validateFolder(command, io);
  const { inputs: [file], lang, json } = command;
  // With --json, stdout always holds one object: the report, or the file's failure as a folder run gives it.
  const failedAsJson = (message: string) => json && io.stdout(JSON.stringify(jsonFailure(file, message)));
  return onWorkbookFile(
    file,
    lang,
    io,
    async (workbook) => validate(workbook, io.clock, await withRuleLayers(file, command)),
    async (result) => {
      const { open, accepted } = result.split;
      if (json) await printPieces(io, jsonPieces(jsonReport(file, result, open, accepted, jsonRanges(result.check.subjects))));
      else await printLines(io, textLines(file, result, open, lang, io.color, accepted));
      return exitCodeOf(countBySeverity(open));
    },
    failedAsJson,
  );
}

/**
 * A folder's files: in text, each file's result as soon as it and the files listed before it are checked (in the
 * order listed, so two runs read alike and match the JSON's order), then the total; in JSON, one object at the end.
 */
async function validateFolder(command: ValidateCommand, io: CliIo): Promise<number> {
  const { lang } = command;
  // Each file's result once the one before it is out (a full pipe makes printing wait), a blank line after it.
  let printed = Promise.resolve();
  const printFile = (o: FolderOutcome) => {
    printed = printed.then(() =>
      o.kind === "checked" ? printLines(io, withBlankLine(textLines(o.file, o, o.findings, lang, io.color, o.accepted))) : io.stderr(o.message),
    );
  };
  const folder = await checkFolder(command, io.clock, io, command.json ? undefined : printFile);
  await printed;
  if (typeof folder === "number") return folder;
  const { outcomes, counts, accepted, unreadable, code } = folder;
  if (command.json) {
    const files = outcomes.map((o) =>
      o.kind === "checked" ? jsonReport(o.file, o, o.findings, o.accepted, o.ranges) : jsonFailure(o.file, o.message),
    );
    await printPieces(io, jsonPieces(folderJson(files, counts, accepted)));
    return code;
  }
  const status = unreadable > 0 ? say("notAllRead", lang) : counts.error > 0 ? say("failed", lang) : say("passed", lang);
  const parts = formatCounts(counts, accepted, lang);
  if (unreadable > 0) parts.push(say("unreadableFiles", lang, { count: unreadable }));
  io.stdout(`${say("folderTotal", lang, { count: outcomes.length })}: ${parts.join(" · ")} — ${status}`);
  return code;
}

function* withBlankLine(lines: Iterable<string>): Generator<string> {
  yield* lines;
  yield "";
}
