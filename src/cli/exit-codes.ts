import type { SeverityCounts } from "../core/finding";

/** ESLint's exit codes: 0 clean, 1 errors found, 2 could not check. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** Open error findings fail the run; warnings and infos do not. */
export function exitCodeOf(counts: SeverityCounts): number {
  return counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
