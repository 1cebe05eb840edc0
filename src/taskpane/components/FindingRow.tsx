import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import type { PaneText } from "../messages/pane-text";
import { AcceptForm } from "./AcceptForm";
import { SeverityIcon } from "./SeverityIcon";
import { visuallyHidden } from "./visually-hidden";
import { listEntryButton, listEntryText } from "./list-entry-style";

export interface FindingRowProps {
  readonly t: PaneText;
  readonly finding: Finding;
  /** The list's one tab stop is on this finding. */
  readonly active: boolean;
  readonly accepting: boolean;
  readonly onSelect: (finding: Finding) => void;
  /** Given when the host keeps acceptances: the row offers to accept an error with a reason. */
  readonly onAccept?: (finding: Finding, reason: string) => void;
  readonly onAccepting: (accepting: boolean) => void;
}

const useStyles = makeStyles({
  main: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  entry: {
    display: "grid",
    gridTemplateColumns: "16px 3.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    boxSizing: "border-box",
    ...listEntryText,
  },
  button: listEntryButton,
  icon: { paddingBlockStart: "1px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // Korean breaks between words (어절), never inside one; only a token longer than the line breaks anywhere.
  message: { wordBreak: "keep-all", overflowWrap: "anywhere" },
  visuallyHidden,
  form: { flexBasis: "100%" },
});

/**
 * One finding as a row's cells: severity icon, cell address, message. A finding with a cell is a button that
 * selects the cell (click, Enter or Space); one without (a name pointing at no cells) has nowhere to go, and its
 * cell takes the focus instead. Only the active finding is in the tab order: the list moves it by arrow keys.
 */
export function FindingRow({ t, finding, active, accepting, onSelect, onAccept, onAccepting }: FindingRowProps) {
  const styles = useStyles();
  const acceptable = onAccept !== undefined && finding.severity === "error" && finding.cell !== "";
  const tabIndex = active ? 0 : -1;
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
    <>
      {finding.cell ? (
        <div role="gridcell" className={styles.main}>
          <button
            type="button"
            data-focus-target
            tabIndex={tabIndex}
            className={mergeClasses(styles.entry, styles.button)}
            onClick={() => onSelect(finding)}
          >
            {content}
          </button>
        </div>
      ) : (
        <div role="gridcell" data-focus-target tabIndex={tabIndex} className={mergeClasses(styles.main, styles.entry, styles.button)}>
          {content}
        </div>
      )}
      {acceptable && !accepting && (
        <div role="gridcell">
          <Button size="small" appearance="subtle" tabIndex={-1} data-accept aria-label={`${t("accept")}: ${finding.cell}`} onClick={() => onAccepting(true)}>
            {t("accept")}
          </Button>
        </div>
      )}
      {accepting && onAccept && (
        <div role="gridcell" className={styles.form}>
          <AcceptForm
            t={t}
            onAccept={(reason) => {
              onAccepting(false);
              onAccept(finding, reason);
            }}
            onCancel={() => onAccepting(false)}
          />
        </div>
      )}
    </>
  );
}
