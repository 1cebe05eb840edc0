import type { Lang } from "../../finding";
import { renderMessage } from "../../messages";
import type { RuleConfigSource, RuleLevel, RuleOverride } from "../../rule-config";
import { SUMMARY_LABELS, type SummaryLabel } from "../labels";
import type { SheetBuilder } from "../sheet-builder";

const LEVEL_LABELS: Readonly<Record<RuleLevel, SummaryLabel>> = {
  off: "ruleOff",
  info: "severityInfo",
  warning: "severityWarning",
  error: "severityError",
};

const SOURCE_LABELS: Readonly<Record<RuleConfigSource, SummaryLabel>> = {
  option: "ruleFromOption",
  file: "ruleFromFile",
  workbook: "ruleFromWorkbook",
};

/**
 * Which rule severities the validation used: `기본값`, or each rule set away from it, its level and where it was
 * set. The summary prints it; so does the command line's text output when a rule was set.
 */
export function ruleSettingsText(overrides: readonly RuleOverride[], lang: Lang): string {
  const t = (label: SummaryLabel) => renderMessage(SUMMARY_LABELS[label], {}, lang);
  const settings =
    overrides.length === 0 ? t("ruleDefaults") : overrides.map(({ rule, level, source }) => `${rule} ${t(LEVEL_LABELS[level])} (${t(SOURCE_LABELS[source])})`).join(", ");
  return renderMessage(SUMMARY_LABELS.ruleSettings, { settings }, lang);
}

export function writeRuleSettingsLine(b: SheetBuilder, overrides: readonly RuleOverride[]): void {
  b.line(ruleSettingsText(overrides, b.lang), "meta");
}
