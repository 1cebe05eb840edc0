import { countBySeverity, type Finding, type SeverityCounts } from "../../core/finding";
import { rectAddress } from "../../core/address";
import { gridRect } from "../../core/grid-axes";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import type { ResultContext } from "./text";
import type { Subject } from "../../core/subject";
import { EXIT_UNREADABLE } from "../exit-codes";

/** A range checked: named, or found by its header words (`detected`). */
export interface JsonRange {
  readonly name: string;
  readonly kind: string;
  readonly sheet: string;
  readonly range: string;
  readonly detected: boolean;
}

/** Every range read as a table (names that point at nothing, and cells past Excel's limits, are findings, not ranges). */
export function jsonRanges(subjects: readonly Subject[]): JsonRange[] {
  const ranges: JsonRange[] = [];
  for (const subject of subjects) {
    if (subject.kind === "broken-name" || subject.kind === "beyond-limits") continue;
    const { grid } = subject;
    const range = rectAddress(gridRect(grid));
    const kind = subject.kind === "unrecognized" ? subject.intended : subject.kind;
    const detected = subject.kind !== "unrecognized" && subject.detected !== undefined;
    ranges.push({ name: subject.name, kind, sheet: grid.sheet, range, detected });
  }
  return ranges;
}

/**
 * The contract's JSON object (DESIGN.md, "Command line"), one per file, with where the as-of date came from
 * (`asOfSource`) and each table of amounts' money unit and its source (`units`). `findings` and `counts` hold the open
 * findings only; accepted ones, when there are any, come apart in `accepted` with their reasons, and
 * `counts.accepted` says how many.
 */
export function jsonReport(
  file: string,
  { asOf, asOfSource, units, ruleSettings: { overrides } }: ResultContext,
  findings: readonly Finding[],
  accepted: readonly AcceptedFinding[] = [],
  ranges: readonly JsonRange[] = [],
) {
  const counts = countBySeverity(findings);
  return {
    file,
    asOf,
    asOfSource,
    ranges,
    findings: findings.map(jsonFinding),
    ...(accepted.length > 0 && {
      accepted: accepted.map(({ finding, acceptance: { reason, by, when } }) => ({ ...jsonFinding(finding), reason, ...(by && { by }), when })),
    }),
    counts: jsonCounts(counts, accepted.length),
    units: units.map(({ name, sheet, unit: { unit, source } }) => ({ name, sheet, unit, source })),
    // Only when a rule was set otherwise than by default, as `accepted`: the default object stays as it was.
    ...(overrides.length > 0 && { rules: overrides.map(({ rule, level, source }) => ({ rule, level, source })) }),
  };
}

/** A finding as JSON shows it; `cells` lists every cell of a finding about many (the table's `-` and `△` cells). */
function jsonFinding({ severity, rule, name, sheet, cell, message, cells }: Finding) {
  return { severity, rule, name, sheet, cell, message, ...(cells && { cells }) };
}

/** The counts of open findings, and how many were accepted when any were: the object stays the contract's otherwise. */
function jsonCounts(counts: SeverityCounts, accepted: number): SeverityCounts & { accepted?: number } {
  return accepted > 0 ? { ...counts, accepted } : counts;
}

/** A file that could not be checked, alone or in a folder run. */
interface JsonFailure {
  readonly file: string;
  readonly error: string;
  readonly exitCode: number;
}

export function jsonFailure(file: string, error: string): JsonFailure {
  return { file, error, exitCode: EXIT_UNREADABLE };
}

/** A folder run's one object: each file's report (or failure) in order, and the counts over all of them. */
export function folderJson(files: readonly (ReturnType<typeof jsonReport> | JsonFailure)[], counts: SeverityCounts, accepted: number) {
  return { files, counts: jsonCounts(counts, accepted) };
}
