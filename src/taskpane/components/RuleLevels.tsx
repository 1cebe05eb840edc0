import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/finding";
import { RULE_LEVELS, type RuleConfig, type RuleLevel } from "../../core/rule-config";
import { RULES } from "../../core/rules";
import type { PaneMessageId } from "../messages/pane";
import type { PaneText } from "../messages/pane-text";

export interface RuleLevelsProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly rules: RuleConfig;
  readonly onChange: (rules: RuleConfig) => void;
}

const LEVEL_TEXT: Readonly<Record<RuleLevel, PaneMessageId>> = {
  off: "levelOff",
  info: "levelInfo",
  warning: "levelWarning",
  error: "levelError",
};

/** The select's value for "the rule's own severity". */
const DEFAULT = "default";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

/**
 * Each rule's severity, as ESLint's `rules` setting: its default, off, info, warning or error. Folded away under
 * one line, since most users never change them; a rule's label is what it checks, its id beside.
 */
export function RuleLevels({ t, lang, rules, onChange }: RuleLevelsProps) {
  const styles = useStyles();
  const set = (id: string, value: string) => {
    const next: Record<string, RuleLevel> = { ...rules };
    if (value === DEFAULT) delete next[id];
    else next[id] = value as RuleLevel;
    onChange(next);
  };
  return (
    <details>
      <summary className={styles.summary}>{t("rulesLabel")}</summary>
      <div className={styles.list}>
        <span>{t("rulesHint")}</span>
        {RULES.map((rule) => (
          <Field key={rule.id} label={rule.description[lang]} hint={rule.id}>
            <Select value={rules[rule.id] ?? DEFAULT} onChange={(_, data) => set(rule.id, data.value)}>
              <option value={DEFAULT}>{t("ruleDefault", { level: t(LEVEL_TEXT[rule.severity]) })}</option>
              {RULE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(LEVEL_TEXT[level])}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </details>
  );
}
