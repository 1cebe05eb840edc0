import type { Lang, MessageData } from "../../core/finding";
import { renderMessage } from "../../core/messages";
import { PANE_MESSAGES, type PaneMessageId } from "./pane";

/** The pane's words in one language: a message id and its data in, the sentence out. */
export type PaneText = (id: PaneMessageId, data?: MessageData) => string;

export function paneText(lang: Lang): PaneText {
  return (id, data = {}) => renderMessage(PANE_MESSAGES[id], data, lang);
}

/**
 * A message about `{count}`, taking its `…One` twin for a count of one where there is one. The count is grouped
 * by thousands as every number in our messages is ("결과 29,943건"): a district's register has that many.
 */
export function counted(t: PaneText, id: PaneMessageId, count: number): string {
  const one = `${id}One`;
  return t(count === 1 && isMessageId(one) ? one : id, { count });
}

function isMessageId(id: string): id is PaneMessageId {
  return id in PANE_MESSAGES;
}
