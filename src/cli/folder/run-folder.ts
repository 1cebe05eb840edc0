import { basename, dirname, relative, resolve, sep } from "node:path";
import { countBySeverity, type Finding } from "../../core/finding";
import { buildConsolidated, type Division } from "../../core/summary/consolidated";
import { emptyWorkbookXlsx, writeSheetsIntoXlsx } from "../../workbook/xlsx";
import type { Command } from "../args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../exit-codes";
import { writeAtomically } from "../files";
import { formatFolderJson, jsonReport } from "../format/json";
import { formatCounts, formatText } from "../format/text";
import type { CliIo } from "../main";
import { say, sayFailure } from "../say";
import type { FileOutcome } from "./check-file";
import { listWorkbooks } from "./inputs";
import { checkFiles } from "./pool";

type FolderCommand = Exclude<Command, { command: "help" }>;
type Outcome = Exclude<FileOutcome, { kind: "ours" }>;

/** A folder, or several files: each checked on the pool, then reported together. */
export async function runFolder(command: FolderCommand, io: CliIo): Promise<number> {
  const { lang } = command;
  const output = command.command === "report" ? command.output : undefined;
  const listing = await listWorkbooks(command.inputs, output);
  if (listing.kind === "sameOutput") {
    io.stderr(say("sameOutput", lang, { detail: output ?? "" }));
    return EXIT_UNREADABLE;
  }
  const { asOf, dueWithinMonths } = command;
  const tasks = listing.files.map((file) => ({ file, today: io.today, lang, asOf, dueWithinMonths, figures: output !== undefined }));
  const outcomes = (await checkFiles(tasks)).map((c) => c.outcome).filter((o): o is Outcome => o.kind !== "ours");
  if (outcomes.length === 0) {
    io.stderr(say("noWorkbooks", lang, { detail: command.inputs.join(", ") }));
    return EXIT_UNREADABLE;
  }
  // Open findings alone count, in the exit code as in the totals; accepted ones are only counted apart.
  const findings: Finding[] = outcomes.flatMap((o) => (o.kind === "checked" ? o.findings : []));
  const counts = countBySeverity(findings);
  const accepted = outcomes.reduce((n, o) => n + (o.kind === "checked" ? o.accepted.length : 0), 0);
  const unreadable = outcomes.filter((o) => o.kind === "failed").length;
  const code = unreadable > 0 ? EXIT_UNREADABLE : counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;

  if (command.command === "validate") {
    if (command.json) {
      const files = outcomes.map((o) =>
        o.kind === "checked" ? jsonReport(o.file, o.asOf, o.findings, o.accepted) : { file: o.file, error: o.message, exitCode: EXIT_UNREADABLE },
      );
      io.stdout(formatFolderJson(files, counts, accepted));
      return code;
    }
    for (const o of outcomes) {
      if (o.kind === "checked") io.stdout(`${formatText(o.file, o.asOf, o.findings, lang, io.color, o.accepted)}\n`);
      else io.stderr(o.message);
    }
    const status = unreadable > 0 ? say("notAllRead", lang) : counts.error > 0 ? say("failed", lang) : say("passed", lang);
    const parts = formatCounts(counts, accepted, lang);
    if (unreadable > 0) parts.push(say("unreadableFiles", lang, { count: unreadable }));
    io.stdout(`${say("folderTotal", lang, { count: outcomes.length })}: ${parts.join(" · ")} — ${status}`);
    return code;
  }

  const book = buildConsolidated({ divisions: outcomes.map((o) => division(o, command.output)), lang, generatedAt: io.generatedAt });
  try {
    const written = await writeSheetsIntoXlsx(await emptyWorkbookXlsx(), book, { lang });
    if (!(await writeAtomically(command.output, written.data, lang, io))) return EXIT_UNREADABLE;
  } catch (error) {
    io.stderr(sayFailure(error, command.output, lang));
    return EXIT_UNREADABLE;
  }
  const { error: errors, warning: warnings, info: infos } = counts;
  io.stdout(say("consolidatedWritten", lang, { file: command.output, count: outcomes.length, errors, warnings, infos }));
  return code;
}

/** A file as the consolidated summary shows it: by name, linked by its path relative to the output. */
function division(o: Outcome, output: string): Division {
  const file = basename(o.file);
  if (o.kind === "failed") return { kind: "unreadable", file, message: o.message };
  const link = relative(dirname(resolve(output)), resolve(o.file)).split(sep).join("/");
  // Figures were asked for on every report task.
  return { kind: "checked", file, link, asOf: o.asOf, findings: o.findings, accepted: o.accepted, figures: o.figures! };
}
