import { Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import { counted, type PaneText } from "../messages/pane-text";

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalL },
  heading: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, marginInlineEnd: tokens.spacingHorizontalS },
  reason: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** Findings accepted with a reason: listed apart from the open ones, and counted in none of the badges. */
export function AcceptedList({ t, accepted }: { readonly t: PaneText; readonly accepted: readonly AcceptedFinding[] }) {
  const styles = useStyles();
  const headingId = useId("accepted");
  if (accepted.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{counted(t, "acceptedTitle", accepted.length)}</Subtitle2>
      </h2>
      <ul className={styles.list}>
        {accepted.map(({ finding, acceptance }) => (
          <li key={`${finding.sheet}!${finding.cell}-${finding.rule}`} className={styles.item}>
            <span className={styles.cell}>{`${finding.sheet}!${finding.cell}`}</span>
            {finding.message}
            <Caption1 className={styles.reason}>{t("acceptedReason", { reason: acceptance.reason })}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
