import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneText } from "../messages/pane-text";

const useStyles = makeStyles({
  form: { display: "flex", gap: tokens.spacingHorizontalXS, paddingInlineStart: "calc(16px + 3.5em)", paddingBlockEnd: tokens.spacingVerticalXS },
  input: { flexGrow: 1, minWidth: 0 },
});

/** The reason for accepting one finding: required, since the record is what a reviewer reads later. */
export function AcceptForm({ t, onAccept, onCancel }: { readonly t: PaneText; readonly onAccept: (reason: string) => void; readonly onCancel: () => void }) {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onAccept(reason.trim());
      }}
    >
      <Input
        className={styles.input}
        size="small"
        aria-label={t("acceptReason")}
        placeholder={t("acceptReason")}
        value={reason}
        autoFocus
        onChange={(_, data) => setReason(data.value)}
        onKeyDown={(event) => event.key === "Escape" && onCancel()}
      />
      <Button size="small" appearance="primary" type="submit" disabled={!reason.trim()}>
        {t("accept")}
      </Button>
      <Button size="small" type="button" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </form>
  );
}
