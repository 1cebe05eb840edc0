import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type FocusEvent } from "react";
import type { Lang } from "../../core/finding";
import { kindCaptions } from "../../core/kinds";
import type { PaneText } from "../messages/pane-text";
import type { DetectedRange } from "../state/detected-ranges";
import { listEntryButton, listEntryText } from "./list-entry-style";

export interface DetectedTableEntryProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly range: DetectedRange;
  readonly busy: boolean;
  readonly onSelect: (range: DetectedRange) => void;
  /** Given when the host can name it: a button defines the name in one click. */
  readonly onDefine?: (range: DetectedRange) => void;
}

const useStyles = makeStyles({
  entry: { display: "flex", alignItems: "start", gap: tokens.spacingHorizontalXS },
  table: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    gap: tokens.spacingVerticalXXS,
    ...listEntryText,
  },
  button: listEntryButton,
  kind: { fontWeight: tokens.fontWeightSemibold },
  where: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  words: { color: tokens.colorNeutralForeground2 },
  define: { flexShrink: 0, whiteSpace: "nowrap" },
});

/**
 * One table found without a name: its kind, where it is and the header words it was found by. Focus reaching the
 * entry (its button or its Define button) or a click selects the range in the sheet, so the user sees what the
 * name would cover before defining it.
 */
export function DetectedTableEntry({ t, lang, range, busy, onSelect, onDefine }: DetectedTableEntryProps) {
  const styles = useStyles();
  // A click focuses the button first: the focus has selected the range, and the click need not do it again.
  const selectedByFocus = useRef(false);
  const where = `${range.sheet}!${range.range}`;

  const selectOnFocusEntering = (event: FocusEvent<HTMLLIElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    selectedByFocus.current = true;
    onSelect(range);
  };
  const selectOnClick = () => {
    if (!selectedByFocus.current) onSelect(range);
    selectedByFocus.current = false;
  };

  return (
    <li className={styles.entry} onFocus={selectOnFocusEntering}>
      <button type="button" className={mergeClasses(styles.table, styles.button)} onClick={selectOnClick}>
        <span>
          <span className={styles.kind}>{kindCaptions(lang)[range.kind]}</span> <span className={styles.where}>{where}</span>
        </span>
        {range.headerWords && range.headerWords.length > 0 && (
          <Caption1 className={styles.words}>{t("headerWords", { words: range.headerWords.join(" · ") })}</Caption1>
        )}
      </button>
      {onDefine && (
        <Button className={styles.define} size="small" aria-label={t("defineNameFor", { where })} disabledFocusable={busy} onClick={() => onDefine(range)}>
          {t("defineName")}
        </Button>
      )}
    </li>
  );
}
