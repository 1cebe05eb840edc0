import { stat } from "node:fs/promises";
import { readClock, type Clock } from "../../app/clock";
import { countBySeverity, type Finding, type SeverityCounts } from "../../core/finding";
import type { ReportCommand, ValidateCommand } from "../args";
import { EXIT_UNREADABLE, exitCodeOf } from "../exit-codes";
import type { CliIo } from "../io";
import { say } from "../messages";
import type { FileOutcome } from "./file-task";
import { inInputOrder } from "./in-input-order";
import { listWorkbooks } from "./inputs";
import { checkFiles } from "./pool";

/** A file of the run as its report shows it: checked, or failed with the reason said. */
export type FolderOutcome = Exclude<FileOutcome, { kind: "ours" }>;

export interface CheckedFolder {
  readonly outcomes: readonly FolderOutcome[];
  /** Open findings over all files: these alone count, in the exit code as in the totals. */
  readonly counts: SeverityCounts;
  /** Accepted findings over all files, counted apart. */
  readonly accepted: number;
  readonly unreadable: number;
  /** 2 when a file could not be read, else 1 when an open error remains, else 0. */
  readonly code: number;
}

/** Several files, or a folder: what `validate` and `report` check on the pool rather than one file alone. */
export async function isFolderRun(inputs: readonly string[]): Promise<boolean> {
  return inputs.length > 1 || stat(inputs[0]).then((s) => s.isDirectory(), () => false);
}

/**
 * Every workbook named or in a folder named, each checked on the pool as of the clock's day, each handed to
 * `onFile` (when given) as soon as it and every file listed before it are done. Exit code 2, said, when `-o` is one
 * of the files named or there is no workbook to check.
 */
export async function checkFolder(
  command: ValidateCommand | ReportCommand,
  clock: Clock,
  io: CliIo,
  onFile?: (outcome: FolderOutcome) => void,
): Promise<CheckedFolder | number> {
  const { lang, asOf, dueWithinMonths, detect, fileTimeoutSeconds, rules, config } = command;
  const output = command.command === "report" ? command.output : undefined;
  const listing = await listWorkbooks(command.inputs, output);
  if (listing.kind === "sameOutput") {
    io.stderr(say("sameOutput", lang, { detail: output ?? "" }));
    return EXIT_UNREADABLE;
  }
  const { today } = readClock(clock);
  const tasks = listing.files.map((file) => ({ file, today, lang, asOf, dueWithinMonths, detect, rules, config, figures: output !== undefined }));
  const inOrder = inInputOrder((outcome: FileOutcome) => outcome.kind !== "ours" && onFile?.(outcome));
  const checked = await checkFiles(tasks, {
    timeoutSeconds: fileTimeoutSeconds,
    workerModule: io.workerModule,
    onChecked: (index, c) => inOrder(index, c.outcome),
  });
  const outcomes = checked.map((c) => c.outcome).filter((o): o is FolderOutcome => o.kind !== "ours");
  if (outcomes.length === 0) {
    io.stderr(say("noWorkbooks", lang, { detail: command.inputs.join(", ") }));
    return EXIT_UNREADABLE;
  }
  const findings: Finding[] = outcomes.flatMap((o) => (o.kind === "checked" ? o.findings : []));
  const counts = countBySeverity(findings);
  const accepted = outcomes.reduce((n, o) => n + (o.kind === "checked" ? o.accepted.length : 0), 0);
  const unreadable = outcomes.filter((o) => o.kind === "failed").length;
  return { outcomes, counts, accepted, unreadable, code: unreadable > 0 ? EXIT_UNREADABLE : exitCodeOf(counts) };
}
