import type { Validated } from "../../app/validate";
import { countBySeverity, type Finding, type Lang, type Severity, type SeverityCounts } from "../../core/finding";
import type { RuleSettings } from "../../core/rule-config";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import { ruleSettingsText } from "../../core/summary/sections/rule-settings";
import { say, type CliMessageId } from "../messages";
import { pushInto } from "../../core/group";

/**
 * What a result speaks for beyond its findings: the as-of date and its source, each table's money unit, the rules
 * set away from their defaults.
 */
export type ResultContext = Pick<Validated, "asOf" | "asOfSource" | "units"> & { readonly ruleSettings: Pick<RuleSettings, "overrides"> };

const MARKS: Record<Severity, string> = { error: "●", warning: "▲", info: "ⓘ" };
const COLORS: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const RESET = "\x1b[0m";

/**
 * Findings grouped by sheet, one line each: severity, cell, message, rule; then the accepted ones apart, each
 * with its reason. Only open findings count. Lines are made as they are printed, a register's tens of thousands
 * of findings never held as one text.
 */
export function* textLines(
  file: string,
  { asOf, asOfSource, units, ruleSettings: { overrides } }: ResultContext,
  findings: readonly Finding[],
  lang: Lang,
  color: boolean,
  accepted: readonly AcceptedFinding[] = [],
): Generator<string> {
  const paint = (severity: Severity, text: string) => (color ? `${COLORS[severity]}${text}${RESET}` : text);
  const t = (id: CliMessageId) => say(id, lang);
  // A date nobody gave is said to be today's, so a 2024 budget is never judged as of today without a word.
  const source = asOfSource === "today" ? ` (${t("asOfToday")})` : "";
  yield `${file} · ${t("asOf")} ${asOf}${source}`;
  // Amounts read in a unit nobody stated: said once, naming the tables, as the summary marks it (가정).
  const assumed = units.filter((u) => u.unit.source === "assumed").map((u) => u.name);
  if (assumed.length > 0) yield say("assumedUnit", lang, { names: assumed.join(", ") });
  // A run with rules set otherwise than by default says so, as the summary and the stamp do: its counts depend on it.
  if (overrides.length > 0) yield ruleSettingsText(overrides, lang);
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const sheet = f.sheet || t("namedRangeWithoutSheet");
    pushInto(bySheet, sheet, f);
  }
  const cellWidth = findings.reduce((width, f) => Math.max(width, f.cell.length), 4);
  const label = (severity: Severity) => paint(severity, `${MARKS[severity]} ${t(severity)}`);
  for (const [sheet, group] of bySheet) {
    yield "";
    yield sheet;
    for (const f of group) yield `  ${label(f.severity)}  ${(f.cell || "-").padEnd(cellWidth)}  ${f.message}  [${f.rule}]`;
  }
  if (accepted.length > 0) {
    yield "";
    yield t("acceptedHeading");
  }
  for (const { finding: f, acceptance: a } of accepted) {
    const by = a.by ? ` · ${a.by}` : "";
    yield `  ✓ ${f.sheet}!${f.cell}  ${f.message}  [${f.rule}]`;
    yield `      ${t("acceptedReason")}: ${a.reason}${by} · ${a.when}`;
  }
  const counts = countBySeverity(findings);
  yield "";
  yield `${formatCounts(counts, accepted.length, lang).join(" · ")} — ${counts.error === 0 ? t("passed") : t("failed")}`;
}

/** `오류 1 · 경고 2 · 정보 3 · 예외 처리 1` as parts, for one file or a folder's total: accepted only when there are any. */
export function formatCounts(counts: SeverityCounts, accepted: number, lang: Lang): string[] {
  const parts = (["error", "warning", "info"] as const).map((s) => `${say(s, lang)} ${counts[s]}`);
  return accepted > 0 ? [...parts, `${say("accepted", lang)} ${accepted}`] : parts;
}
