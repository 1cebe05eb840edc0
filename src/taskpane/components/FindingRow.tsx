import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import type { PaneStrings } from "../i18n";
import { SeverityIcon } from "./SeverityIcon";
import { visuallyHidden } from "./visually-hidden";

export interface FindingRowProps {
  readonly t: PaneStrings;
  readonly finding: Finding;
  readonly onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "16px 3.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "start",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  button: {
    backgroundColor: "transparent",
    border: "none",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  icon: { paddingBlockStart: "1px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  visuallyHidden,
});

/**
 * One finding: severity icon, cell address, message. A finding with a cell is a button that selects the cell
 * (click, Enter or Space); one without (a name pointing at no cells) has nowhere to go and is plain text.
 */
export function FindingRow({ t, finding, onSelect }: FindingRowProps) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <span className={styles.visuallyHidden}>{`${t.severity[finding.severity]}, `}</span>
      <span className={styles.cell}>{finding.cell || t.noCell}</span>
      <span className={styles.visuallyHidden}>: </span>
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  return (
    <li>
      {finding.cell ? (
        <button type="button" className={mergeClasses(styles.row, styles.button)} onClick={() => onSelect(finding)}>
          {content}
        </button>
      ) : (
        <div className={styles.row}>{content}</div>
      )}
    </li>
  );
}
