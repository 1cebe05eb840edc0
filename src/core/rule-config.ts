/**
 * Rule severities as the user sets them, after ESLint's `rules` setting: each rule `off`, `info`, `warning` or
 * `error`, gathered by the shells from their sources (the command line, a config file, the workbook's saved
 * settings) and applied by the runner. Pure: the shells read the files, this says what the settings mean.
 */
import type { Severity } from "./finding";

export type RuleLevel = Severity | "off";

/** The levels from quietest to loudest, as settings list them. */
export const RULE_LEVELS: readonly RuleLevel[] = ["off", "info", "warning", "error"];

/** Rule id → the level it is set to; a rule not listed keeps its default. */
export type RuleConfig = Readonly<Record<string, RuleLevel>>;

/** Where a setting came from, in precedence order: `--rule`, a `budget-check.json`, the workbook's saved settings. */
export type RuleConfigSource = "option" | "file" | "workbook";

export interface RuleConfigLayer {
  readonly source: RuleConfigSource;
  readonly rules: RuleConfig;
}

/** One rule set away from its default, and by whom. */
export interface RuleOverride {
  readonly rule: string;
  readonly level: RuleLevel;
  readonly source: RuleConfigSource;
}

/** What a run used: the rules it set, each from the layer that won (empty: every rule at its default). */
export interface RuleSettings {
  readonly rules: RuleConfig;
  readonly overrides: readonly RuleOverride[];
}

/** The layers merged, the first given winning (the command line before a file before the workbook). */
export function resolveRuleSettings(layers: readonly RuleConfigLayer[]): RuleSettings {
  const rules: Record<string, RuleLevel> = {};
  const overrides: RuleOverride[] = [];
  for (const { source, rules: layer } of layers) {
    for (const [rule, level] of Object.entries(layer)) {
      if (rule in rules) continue;
      rules[rule] = level;
      overrides.push({ rule, level, source });
    }
  }
  overrides.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { rules, overrides };
}

export function isRuleLevel(value: unknown): value is RuleLevel {
  return (RULE_LEVELS as readonly unknown[]).includes(value);
}

/** What is wrong with a rule setting: the rule id is none of ours, or the level is none of the four. */
export type RuleSettingProblem =
  | { readonly kind: "unknown-rule"; readonly rule: string }
  | { readonly kind: "bad-level"; readonly rule: string; readonly level: string };

/** Checks settings read from outside (a file, a command line, the workbook) against the rule ids there are. */
export function ruleConfigOf(
  entries: Readonly<Record<string, unknown>>,
  ruleIds: ReadonlySet<string>,
): { readonly rules: RuleConfig } | { readonly problem: RuleSettingProblem } {
  const rules: Record<string, RuleLevel> = {};
  for (const [rule, level] of Object.entries(entries)) {
    if (!ruleIds.has(rule)) return { problem: { kind: "unknown-rule", rule } };
    if (!isRuleLevel(level)) return { problem: { kind: "bad-level", rule, level: typeof level === "string" ? level : JSON.stringify(level) } };
    rules[rule] = level;
  }
  return { rules };
}

/** The settings as a stamp keeps them: `rule=level@source` by rule id, space-separated; empty for the defaults. */
export function overridesText(overrides: readonly RuleOverride[]): string {
  return overrides.map(({ rule, level, source }) => `${rule}=${level}@${source}`).join(" ");
}

/** Reads `overridesText` back, skipping what does not parse (a stamp edited by hand). */
export function overridesFromText(text: string): RuleOverride[] {
  const overrides: RuleOverride[] = [];
  for (const word of text.split(/\s+/)) {
    const m = /^(.+)=(\w+)@(\w+)$/.exec(word);
    if (m && isRuleLevel(m[2]) && isSource(m[3])) overrides.push({ rule: m[1], level: m[2], source: m[3] });
  }
  return overrides;
}

function isSource(value: string): value is RuleConfigSource {
  return value === "option" || value === "file" || value === "workbook";
}
