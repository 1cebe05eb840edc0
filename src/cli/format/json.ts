import { countBySeverity, type Finding } from "../../core/finding";

/** The contract's JSON object (DESIGN.md, "Command line"), one per file. */
export function formatJson(file: string, asOf: string, findings: readonly Finding[]): string {
  return JSON.stringify({
    file,
    asOf,
    findings: findings.map(({ severity, rule, name, sheet, cell, message }) => ({ severity, rule, name, sheet, cell, message })),
    counts: countBySeverity(findings),
  });
}
