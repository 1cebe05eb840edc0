import { basename, dirname, relative, resolve, sep } from "node:path";
import type { Clock } from "../../app/clock";
import { generateConsolidatedSummary } from "../../app/consolidated-summary";
import { generateSummary } from "../../app/generate-summary";
import { countBySeverity } from "../../core/finding";
import type { Division } from "../../core/summary/consolidated";
import { emptyXlsxWorkbook } from "../../workbook/xlsx";
import type { ReportCommand } from "../args";
import { EXIT_UNREADABLE, exitCodeOf } from "../exit-codes";
import { refuseSameOutput, writeAtomically } from "../files";
import { checkFolder, isFolderRun, type FolderOutcome } from "../folder/check-folder";
import type { CliIo } from "../io";
import { say, sayFailure } from "../messages";
import { withRuleLayers } from "../rule-config-file";
import { onWorkbookFile } from "../workbook-file";

/**
 * `report FILE -o OUT`: a copy of the workbook with the summary sheets; with a folder or several files, one new
 * workbook with their consolidated summary.
 */
export async function runReport(command: ReportCommand, io: CliIo): Promise<number> {
  if (await isFolderRun(command.inputs)) return reportFolder(command, io);
  const { inputs: [file], lang, output } = command;
  if (await refuseSameOutput(file, output, lang, io)) return EXIT_UNREADABLE;
  const options = { ...command, fileName: basename(file) };
  return onWorkbookFile(file, lang, io, async (workbook) => generateSummary(workbook, io.clock, await withRuleLayers(file, options)), async ({ split, book, written }, workbook) => {
    if (!(await writeAtomically(output, workbook.bytes(), lang, io))) return EXIT_UNREADABLE;
    const counts = countBySeverity(split.open);
    const { error: errors, warning: warnings, info: infos } = counts;
    io.stdout(say("reportWritten", lang, { file: output, sheet: written.sheetNames.summary, errors, warnings, infos }));
    for (const role of written.renamedBecauseTaken) {
      const wanted = book.sheets.find((s) => s.role === role)?.name ?? role;
      io.stdout(say("sheetNameTaken", lang, { wanted, sheet: written.sheetNames[role] ?? role }));
    }
    return exitCodeOf(counts);
  });
}

async function reportFolder(command: ReportCommand, io: CliIo): Promise<number> {
  const { lang, output } = command;
  // One reading of the clock: the day the files are checked for is the day the summary is dated.
  const now = io.clock();
  const clock: Clock = () => now;
  const folder = await checkFolder(command, clock, io);
  if (typeof folder === "number") return folder;
  const { outcomes, counts, code } = folder;
  try {
    const target = await emptyXlsxWorkbook(output);
    const { department, approvals } = command;
    await generateConsolidatedSummary(target, outcomes.map((o) => division(o, output)), clock, { lang, department, approvals });
    if (!(await writeAtomically(output, target.bytes(), lang, io))) return EXIT_UNREADABLE;
  } catch (error) {
    io.stderr(sayFailure(error, output, lang));
    return EXIT_UNREADABLE;
  }
  const { error: errors, warning: warnings, info: infos } = counts;
  io.stdout(say("consolidatedWritten", lang, { file: output, count: outcomes.length, errors, warnings, infos }));
  return code;
}

/** A file as the consolidated summary shows it: by name, linked by its path relative to the output. */
function division(o: FolderOutcome, output: string): Division {
  const file = basename(o.file);
  if (o.kind === "failed") return { kind: "unreadable", file, message: o.message };
  const link = relative(dirname(resolve(output)), resolve(o.file)).split(sep).join("/");
  // Figures were asked for on every report task.
  const { asOf, asOfSource, ruleSettings, findings, accepted } = o;
  return { kind: "checked", file, link, asOf, asOfSource, rules: ruleSettings.overrides, findings, accepted, figures: o.figures! };
}
