import { Badge, Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import { SEVERITIES, type Severity, type SeverityCounts } from "../../core/finding";
import { counted, type PaneText } from "../messages/pane-text";
import { SetupButton, type SetupOffer } from "./SetupButton";
import { SeverityIcon } from "./SeverityIcon";
import { visuallyHidden } from "./visually-hidden";

export interface ResultHeaderProps {
  readonly t: PaneText;
  readonly counts: SeverityCounts;
  /** Named ranges checked. */
  readonly rangeCount: number;
  /** Tables checked that were found without a name. */
  readonly detectedCount: number;
  /** Given when found tables can be named: the header offers the Set up view. */
  readonly setup?: SetupOffer;
  readonly filter: readonly Severity[];
  readonly onToggle: (severity: Severity) => void;
}

const useStyles = makeStyles({
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  visuallyHidden,
  caption: { color: tokens.colorNeutralForeground2 },
});

/** Counts by severity as toggle badges (pressed ones filter the list) and "Passed" when there is no error. */
export function ResultHeader({ t, counts, rangeCount, detectedCount, setup, filter, onToggle }: ResultHeaderProps) {
  const styles = useStyles();
  return (
    <div>
      <div role="status" aria-live="polite" className={styles.status}>
        <span className={styles.visuallyHidden}>{countsText(t, counts)}</span>
        {counts.error === 0 && (
          <Badge appearance="filled" color="success" icon={<CheckmarkCircle16Filled />}>
            {t("passed")}
          </Badge>
        )}
        {(rangeCount > 0 || detectedCount === 0) && (
          <Caption1 className={styles.caption}>{counted(t, "rangesChecked", rangeCount)}</Caption1>
        )}
        {detectedCount > 0 && <Caption1 className={styles.caption}>{counted(t, "detectedChecked", detectedCount)}</Caption1>}
      </div>
      {detectedCount > 0 && setup && <SetupButton t={t} {...setup} />}
      <div role="group" aria-label={t("filterBy")} className={styles.filters}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            shape="circular"
            appearance="subtle"
            icon={<SeverityIcon severity={severity} />}
            checked={filter.includes(severity)}
            disabled={counts[severity] === 0}
            onClick={() => onToggle(severity)}
          >
            {`${t(severity)} ${counts[severity]}`}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}

/** "검증 결과: 오류 3건, 경고 5건, 정보 2건", for a screen reader. */
function countsText(t: PaneText, counts: SeverityCounts): string {
  return t("counts", {
    errors: counted(t, "errorCount", counts.error),
    warnings: counted(t, "warningCount", counts.warning),
    infos: counted(t, "infoCount", counts.info),
  });
}
