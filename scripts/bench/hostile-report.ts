/**
 * The hostile-inputs table of docs/performance.md (`npm run bench -- hostile`): each generated hostile file's
 * wall time and peak memory under `validate --json` and `report`, judged against the limits, 60 s and
 * 2 GB. The section is kept when the main benchmark rewrites the page, and replaced by the next hostile run.
 */
import type { Measured } from "./measure";
import { findSection, withSection } from "./page-sections";

export const HOSTILE_HEADING = "## Hostile inputs";
export const TIME_LIMIT_MS = 60_000;
export const MEMORY_LIMIT_MB = 2048;

export interface HostileRow {
  readonly file: string;
  readonly about: string;
  readonly bytes: number;
  readonly validate: Measured;
  readonly report: Measured;
}

export interface HostileResults {
  readonly date: string;
  readonly machine: string;
  readonly rows: readonly HostileRow[];
}

/** What went wrong with one command, or null when it answered (exit 0, 1 or 2) within both limits. */
export function overLimit(run: Measured): string | null {
  if (run.exitCode === null) return `killed (${run.signal ?? "signal"})`;
  if (![0, 1, 2].includes(run.exitCode)) return `exit ${run.exitCode}`;
  if (run.ms > TIME_LIMIT_MS) return "over 60 s";
  if (run.rssMb === null || run.rssMb > MEMORY_LIMIT_MB) return "over 2 GB";
  return null;
}

const seconds = (run: Measured) => `${(run.ms / 1000).toFixed(1)} s`;
const memory = (run: Measured) => (run.rssMb === null ? "?" : `${Math.round(run.rssMb).toLocaleString("en-US")} MB`);
const size = (bytes: number) => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.ceil(bytes / 1024).toLocaleString("en-US")} KB`);
const exit = (run: Measured) => (run.exitCode === null ? run.signal ?? "killed" : String(run.exitCode));

function verdict(row: HostileRow): string {
  const problems = [overLimit(row.validate), overLimit(row.report)].filter((p): p is string => p !== null);
  return problems.length === 0 ? "yes" : `**no**: ${[...new Set(problems)].join(", ")}`;
}

export function hostileSection(results: HostileResults): string {
  const passed = results.rows.filter((row) => overLimit(row.validate) === null && overLimit(row.report) === null).length;
  const lines = [
    HOSTILE_HEADING,
    "",
    `Measured by \`npm run bench -- hostile\` on ${results.date} (${results.machine}): every file of the hostile corpus`,
    "(scripts/corpus/hostile.ts, docs/robustness.md) at the sizes the issue measured, written to out/hostile-corpus/,",
    "each command once as a child process: wall time around it, peak resident memory of the process (worker threads",
    `included). Target: every one under 60 s and 2 GB. **${passed} of ${results.rows.length}** files within both.`,
    "",
    "| file | size | validate: exit, time, memory | report: exit, time, memory | within |",
    "|---|--:|---|---|---|",
  ];
  for (const row of results.rows) {
    const cell = (run: Measured) => `${exit(run)}, ${seconds(run)}, ${memory(run)}`;
    lines.push(`| \`${row.file}\` | ${size(row.bytes)} | ${cell(row.validate)} | ${cell(row.report)} | ${verdict(row)} |`);
  }
  return lines.join("\n");
}

/** The hostile section of a page, up to the next `## ` heading, or null. */
export const findHostileSection = (page: string): string | null => findSection(page, HOSTILE_HEADING);

/** The page with `section` in place of its hostile section, or at its end. */
export const withHostileSection = (page: string, section: string): string => withSection(page, HOSTILE_HEADING, section);

export function consoleHostile(results: HostileResults): string {
  const width = Math.max(...results.rows.map((row) => row.file.length));
  return results.rows
    .map((row) => {
      const cell = (run: Measured) => `${exit(run).padStart(2)} ${seconds(run).padStart(8)} ${memory(run).padStart(9)}`;
      return `${row.file.padEnd(width)}  validate ${cell(row.validate)}  report ${cell(row.report)}  ${verdict(row).replace(/\*/g, "")}`;
    })
    .join("\n");
}
