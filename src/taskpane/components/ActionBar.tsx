import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { Ref } from "react";
import type { PaneText } from "../messages/pane-text";

export interface ActionBarProps {
  readonly t: PaneText;
  readonly busy: boolean;
  readonly settingsOpen: boolean;
  readonly settingsPanelId: string;
  readonly settingsButtonRef: Ref<HTMLButtonElement>;
  readonly onValidate: () => void;
  readonly onGenerate: () => void;
  readonly onToggleSettings: () => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  settings: { marginInlineStart: "auto" },
});

/**
 * Validate (primary), Generate summary and the settings toggle. While an action runs they are disabled but
 * stay focusable, so a keyboard user who pressed Enter keeps their place.
 */
export function ActionBar({ t, busy, settingsOpen, settingsPanelId, settingsButtonRef, ...on }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Button appearance="primary" disabledFocusable={busy} onClick={on.onValidate}>
        {t("validate")}
      </Button>
      <Button disabledFocusable={busy} onClick={on.onGenerate}>
        {t("generate")}
      </Button>
      <Button
        className={styles.settings}
        ref={settingsButtonRef}
        appearance="subtle"
        icon={<Settings20Regular />}
        aria-label={t("settings")}
        title={t("settings")}
        aria-expanded={settingsOpen}
        aria-controls={settingsOpen ? settingsPanelId : undefined}
        disabledFocusable={busy}
        onClick={on.onToggleSettings}
      />
    </div>
  );
}
