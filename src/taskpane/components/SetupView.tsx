import { Body1, Button, makeStyles, Subtitle1, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Lang } from "../../core/finding";
import type { TableKind } from "../../core/kinds";
import type { PaneText } from "../messages/pane-text";
import type { DetectedRange } from "../state/detected-ranges";
import { DetectedTableEntry } from "./DetectedTableEntry";
import { NameSelectionForm } from "./NameSelectionForm";

export interface SetupViewProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly detected: readonly DetectedRange[];
  readonly busy: boolean;
  readonly onSelect: (range: DetectedRange) => void;
  /** Given when the host can name a found table. */
  readonly onDefine?: (range: DetectedRange) => void;
  /** Given when the host can name the selection. */
  readonly onNameSelection?: (kind: TableKind) => void;
  readonly onBack: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    marginBlockStart: tokens.spacingVerticalS,
    // Korean wraps between words, not inside one; an address or a long header word may still break.
    wordBreak: "keep-all",
    overflowWrap: "anywhere",
  },
  // Focused only by the view itself (tabIndex -1), to start reading from; it is no control to outline.
  title: { margin: 0, ":focus-visible": { outlineStyle: "none" } },
  subtitle: { margin: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  back: { alignSelf: "start" },
});

/**
 * Set up: the tables found without a name, each named in one click, and the selection named as a kind chosen
 * from a list. Naming validates again, and the list then holds what is still unnamed.
 */
export function SetupView({ t, lang, detected, busy, onSelect, onDefine, onNameSelection, onBack }: SetupViewProps) {
  const styles = useStyles();
  const titleId = useId("setup");
  const detectedId = useId("setup-detected");
  const title = useRef<HTMLHeadingElement>(null);

  // Opened from a button that this view replaces, and after a naming removes the entry that had the focus:
  // the focus comes to the view's title rather than being lost to the page.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) title.current?.focus();
  }, [detected.length]);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title} ref={title} tabIndex={-1}>
        <Subtitle1>{t("setup")}</Subtitle1>
      </h2>
      <Body1>{t("setupIntro")}</Body1>
      <div className={styles.part}>
        <Subtitle2 as="h3" id={detectedId} className={styles.subtitle}>
          {t("detectedTitle")}
        </Subtitle2>
        {detected.length === 0 ? (
          <Body1 className={styles.hint}>{t("detectedNone")}</Body1>
        ) : (
          <>
            <Body1 className={styles.hint}>{t("detectedHint")}</Body1>
            <ul className={styles.list} aria-labelledby={detectedId}>
              {detected.map((range) => (
                <DetectedTableEntry
                  key={`${range.sheet}!${range.range}`}
                  t={t}
                  lang={lang}
                  range={range}
                  busy={busy}
                  onSelect={onSelect}
                  onDefine={onDefine}
                />
              ))}
            </ul>
          </>
        )}
      </div>
      {onNameSelection && <NameSelectionForm t={t} lang={lang} busy={busy} onName={onNameSelection} />}
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t("backToFindings")}
      </Button>
    </section>
  );
}
