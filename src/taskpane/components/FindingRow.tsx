import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/finding";
import type { PaneText } from "../messages/pane-text";
import { AcceptForm } from "./AcceptForm";
import { SeverityIcon } from "./SeverityIcon";
import { visuallyHidden } from "./visually-hidden";
import { listEntryButton, listEntryText } from "./list-entry-style";

export interface FindingRowProps {
  readonly t: PaneText;
  readonly finding: Finding;
  readonly onSelect: (finding: Finding) => void;
  /** Given when the host keeps acceptances: the row offers to accept an error with a reason. */
  readonly onAccept?: (finding: Finding, reason: string) => void;
}

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "16px 3.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    ...listEntryText,
  },
  button: listEntryButton,
  icon: { paddingBlockStart: "1px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  visuallyHidden,
  line: { display: "flex", alignItems: "start" },
  grow: { flexGrow: 1, minWidth: 0 },
});

/**
 * One finding: severity icon, cell address, message. A finding with a cell is a button that selects the cell
 * (click, Enter or Space); one without (a name pointing at no cells) has nowhere to go and is plain text.
 */
export function FindingRow({ t, finding, onSelect, onAccept }: FindingRowProps) {
  const styles = useStyles();
  const [accepting, setAccepting] = useState(false);
  const acceptable = onAccept !== undefined && finding.severity === "error" && finding.cell !== "";
  const content = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <span className={styles.visuallyHidden}>{`${t(finding.severity)}, `}</span>
      <span className={styles.cell}>{finding.cell || t("noCell")}</span>
      <span className={styles.visuallyHidden}>: </span>
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  return (
    <li>
      <div className={styles.line}>
        <div className={styles.grow}>
          {finding.cell ? (
            <button type="button" className={mergeClasses(styles.row, styles.button)} onClick={() => onSelect(finding)}>
              {content}
            </button>
          ) : (
            <div className={styles.row}>{content}</div>
          )}
        </div>
        {acceptable && !accepting && (
          <Button size="small" appearance="subtle" aria-label={`${t("accept")}: ${finding.cell}`} onClick={() => setAccepting(true)}>
            {t("accept")}
          </Button>
        )}
      </div>
      {accepting && onAccept && (
        <AcceptForm
          t={t}
          onAccept={(reason) => {
            setAccepting(false);
            onAccept(finding, reason);
          }}
          onCancel={() => setAccepting(false)}
        />
      )}
    </li>
  );
}
