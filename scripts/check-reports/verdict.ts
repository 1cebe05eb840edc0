/**
 * The verdict of `npm run check:reports` on one file, from what was observed of it (scripts/check-reports.ts
 * observes; this decides, so the rules are tested without LibreOffice): a report that LibreOffice converted and
 * whose every XML part we wrote passes xmllint "opens"; a file `report` refused with exit 2 and a plain message
 * is "refused"; a report that fails only where its input already fails (LibreOffice cannot load the input either,
 * or the input's own part fails xmllint, as with nesting past libxml2's depth limit) is "inherited": the report
 * keeps the user's parts as they were, faults included. Anything else fails the check.
 */

export interface XmlCheck {
  readonly part: string;
  readonly exitCode: number | null;
  /** xmllint's stderr: it reports an undeclared namespace prefix there and still exits 0, so any text fails. */
  readonly stderr: string;
  /** Whether the input's part of the same name fails xmllint too (false when the part is new). */
  readonly inputFails: boolean;
}

export interface Observed {
  readonly file: string;
  /** `report`'s exit code; null when it was killed (time limit, signal). */
  readonly reportExit: number | null;
  readonly reportStderr: string;
  /** Whether the output file exists after `report`. */
  readonly written: boolean;
  /** Whether LibreOffice converted the output; null when there was nothing to convert. */
  readonly converted: boolean | null;
  /** Whether LibreOffice loads the input; asked only when it could not load the output, else null. */
  readonly inputConverted: boolean | null;
  /** xmllint over each XML part the report wrote or edited. */
  readonly xml: readonly XmlCheck[];
}

export type Outcome = "opens" | "refused" | "inherited" | "failed";

export interface Verdict {
  readonly file: string;
  readonly outcome: Outcome;
  /** Why, in a few words: the refusal's first line, or what failed. */
  readonly why: string;
  readonly parts: number;
}

const STACK_TRACE = /^\s+at .+[:(]|FATAL ERROR/m;
const firstLine = (text: string) => text.trim().split("\n")[0]?.slice(0, 100) ?? "";

function xmlFailure(check: XmlCheck): string | null {
  if (check.exitCode !== 0) return `${check.part}: xmllint exit ${check.exitCode}: ${firstLine(check.stderr)}`;
  if (check.stderr.trim() !== "") return `${check.part}: ${firstLine(check.stderr)}`;
  return null;
}

export function verdictOf(observed: Observed): Verdict {
  const { file, reportExit, reportStderr } = observed;
  const parts = observed.xml.length;
  const failed = (why: string): Verdict => ({ file, outcome: "failed", why, parts });
  if (reportExit === 2) {
    if (STACK_TRACE.test(reportStderr)) return failed(`stack trace: ${firstLine(reportStderr)}`);
    if (observed.written) return failed("refused, yet an output file was left behind");
    if (reportStderr.trim() === "") return failed("refused without a message");
    return { file, outcome: "refused", why: firstLine(reportStderr), parts };
  }
  if (reportExit !== 0 && reportExit !== 1) return failed(`report ended with ${reportExit === null ? "a signal" : `exit ${reportExit}`}: ${firstLine(reportStderr)}`);
  if (!observed.written) return failed("report said it wrote a file, and there is none");
  const xmlFailures = observed.xml.flatMap((check) => {
    const why = xmlFailure(check);
    return why === null ? [] : [{ why, inherited: check.inputFails }];
  });
  const ours = xmlFailures.find((f) => !f.inherited);
  if (ours) return failed(ours.why);
  if (parts === 0) return failed("no XML part of the output was checked");
  const inherited = xmlFailures.map((f) => `${f.why} (so does the input's)`);
  if (observed.converted !== true) {
    if (observed.inputConverted !== false) return failed("LibreOffice could not load the output");
    inherited.push("LibreOffice cannot load the input either");
  }
  if (inherited.length > 0) return { file, outcome: "inherited", why: inherited.join("; "), parts };
  return { file, outcome: "opens", why: "", parts };
}

/** The table printed at the end, one line per file, then the counts. */
export function renderVerdicts(verdicts: readonly Verdict[]): string {
  const width = Math.max(4, ...verdicts.map((v) => v.file.length));
  const lines = [`${"file".padEnd(width)}  outcome    xml parts  note`, `${"-".repeat(width)}  ---------  ---------  ----`];
  for (const v of verdicts) lines.push(`${v.file.padEnd(width)}  ${v.outcome.padEnd(9)}  ${String(v.parts).padStart(9)}  ${v.why}`);
  lines.push("", summaryLine(verdicts));
  return lines.join("\n");
}

export function summaryLine(verdicts: readonly Verdict[]): string {
  const count = (outcome: Outcome) => verdicts.filter((v) => v.outcome === outcome).length;
  return (
    `${verdicts.length} files: ${count("opens")} reports open, ${count("refused")} refused, ` +
    `${count("inherited")} fail only as their input does, ${count("failed")} failed`
  );
}

/** 0 when every file's report opens, fails only as its input does, or the file was refused as it should be; 1 otherwise. */
export const exitCodeOf = (verdicts: readonly Verdict[]): number => (verdicts.some((v) => v.outcome === "failed") ? 1 : 0);
