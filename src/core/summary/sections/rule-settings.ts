import type { RuleConfigSource, RuleLevel, RuleOverride } from "../../rule-config";
import type { SummaryLabel } from "../labels";
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

/** Which rule severities the validation used: `기본값`, or each rule set away from it, its level and where it was set. */
export function writeRuleSettingsLine(b: SheetBuilder, overrides: readonly RuleOverride[]): void {
  const settings =
    overrides.length === 0
      ? b.t("ruleDefaults")
      : overrides.map(({ rule, level, source }) => `${rule} ${b.t(LEVEL_LABELS[level])} (${b.t(SOURCE_LABELS[source])})`).join(", ");
  b.line(b.t("ruleSettings", { settings }), "meta");
}
