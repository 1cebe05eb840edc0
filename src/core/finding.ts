/** Findings are plain data: what a rule saw, where, and how bad it is. Shells render them. */

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Lang = "ko" | "en";

/** Values a message template interpolates; numbers are formatted for the reader's language. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly severity: Severity;
  readonly rule: string;
  /** The defined name of the table the finding belongs to. */
  readonly name: string;
  readonly sheet: string;
  /** A1 address without `$`; empty when the name points at no cells. */
  readonly cell: string;
  readonly messageId: string;
  readonly data: MessageData;
  /** The message rendered in the language validation was asked for. */
  readonly message: string;
  /** Every cell a finding about many cells stands for (`cell` is the first), A1 without `$`. */
  readonly cells?: readonly string[];
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
