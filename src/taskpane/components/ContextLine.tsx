import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneText } from "../messages/pane-text";

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground2 },
});

export interface ContextLineProps {
  readonly t: PaneText;
  /** The as-of date, or what it will be before a validation. */
  readonly asOf: string;
  /** The date was today's, since neither the settings nor the workbook gave one: the line says so. */
  readonly fromToday: boolean;
  readonly months: number;
}

/** "기준일 2018-09-30 · 교체 예정 12개월": what the next (or last) validation speaks for. */
export function ContextLine({ t, asOf, fromToday, months }: ContextLineProps) {
  const styles = useStyles();
  const date = fromToday ? `${asOf} (${t("asOfToday")})` : asOf;
  return (
    <Caption1 as="p" className={styles.line}>
      {t("context", { asOf: date, months })}
    </Caption1>
  );
}
