import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core/finding";
import { renderMessage } from "../../core/messages";
import { SUMMARY_LABELS } from "../../core/summary/labels";
import type { PaneText } from "../messages/pane-text";
import type { Notice as PaneNotice } from "../state/store";

export interface NoticeProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly notice: PaneNotice;
  readonly onDismiss: () => void;
}

/** An error (already in the user's words, naming the range, sheet or cell), or the sheet a summary went to. */
export function Notice({ t, lang, notice, onDismiss }: NoticeProps) {
  const error = notice.kind === "error";
  const message =
    notice.kind === "error"
      ? notice.message
      : notice.renamedBecauseTaken
        ? t("writtenRenamed", { wanted: renderMessage(SUMMARY_LABELS.summarySheet, {}, lang), sheet: notice.sheetName })
        : t("written", { sheet: notice.sheetName });
  return (
    <MessageBar intent={error ? "error" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(error ? "errorTitle" : "writtenTitle")}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t("dismiss")} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
