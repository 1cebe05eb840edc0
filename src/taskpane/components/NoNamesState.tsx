import { Body1, makeStyles, Subtitle1, tokens, useId } from "@fluentui/react-components";
import type { PaneText } from "../messages/pane-text";
import { SetupButton, type SetupOffer } from "./SetupButton";

export interface NoNamesStateProps {
  readonly t: PaneText;
  readonly namesLookedFor: readonly string[];
  /** Given when the host can name the selection: the Set up view does it in one step. */
  readonly setup?: SetupOffer;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalM },
  names: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  name: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** The workbook holds none of our names and no table was found: which names we look for, and how to define one. */
export function NoNamesState({ t, namesLookedFor, setup }: NoNamesStateProps) {
  const styles = useStyles();
  const titleId = useId("no-names");
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        {t("noNamesTitle")}
      </Subtitle1>
      <Body1>{t("noNamesBody")}</Body1>
      <ul className={styles.names} aria-label={t("namesLookedFor")}>
        {namesLookedFor.map((name) => (
          <li key={name}>
            <code className={styles.name}>{name}</code>
          </li>
        ))}
      </ul>
      <Body1>{t("howToDefine")}</Body1>
      {setup && (
        <>
          <Body1>{t("setupOffer")}</Body1>
          <div>
            <SetupButton t={t} {...setup} />
          </div>
        </>
      )}
    </section>
  );
}
