import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core/finding";
import { renderMessage } from "../../core/messages";
import { SUMMARY_LABELS } from "../../core/summary/labels";
import type { PaneMessageId } from "../messages/pane";
import type { PaneText } from "../messages/pane-text";
import type { Notice as PaneNotice } from "../state/store";
import { localTime } from "./StampLine";

export interface NoticeProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly notice: PaneNotice;
  readonly onDismiss: () => void;
}

/** An error (already in the user's words, naming the range, sheet or cell), the sheet a summary went to, or the names defined. */
export function Notice({ t, lang, notice, onDismiss }: NoticeProps) {
  const error = notice.kind === "error";
  return (
    <MessageBar intent={error ? "error" : partly(notice) || notice.kind === "recovered" ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(TITLES[notice.kind])}</MessageBarTitle>
        {noticeText(t, lang, notice)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t("dismiss")} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}

const TITLES: Readonly<Record<PaneNotice["kind"], PaneMessageId>> = {
  error: "errorTitle",
  written: "writtenTitle",
  named: "namedTitle",
  recovered: "recoveredTitle",
};

/** Done, but not all of it: a summary whose printed page Excel would not set up. */
function partly(notice: PaneNotice): boolean {
  return notice.kind === "written" && notice.printSetupFailed === true;
}

function noticeText(t: PaneText, lang: Lang, notice: PaneNotice): string {
  switch (notice.kind) {
    case "error":
      return notice.message;
    case "written": {
      const where = notice.renamedBecauseTaken
        ? t("writtenRenamed", { wanted: renderMessage(SUMMARY_LABELS.summarySheet, {}, lang), sheet: notice.sheetName })
        : t("written", { sheet: notice.sheetName });
      return notice.printSetupFailed ? `${where} ${t("printSetupFailed")}` : where;
    }
    case "named":
      return notice.names.length > 0 ? t("named", { names: notice.names.join(", ") }) : t("namedUnseen");
    case "recovered":
      return notice.stampWhen === null
        ? t("recoveredAcceptances", { accepted: notice.accepted })
        : t("recoveredStamp", { when: localTime(notice.stampWhen), accepted: notice.accepted });
  }
}
