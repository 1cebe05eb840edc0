import type { Lang } from "../core/finding";
import { renderMessage } from "../core/messages";
import { namesLookedFor } from "../core/names/classify";
import { UnreadableWorkbookError } from "../workbook/port";
import { WorkbookWriteError } from "../workbook/xlsx";
import type { UsageError } from "./args";
import { CLI_MESSAGES, type CliMessageId } from "./messages";

export function say(id: CliMessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return renderMessage(CLI_MESSAGES[id], data, lang);
}

/** A command line that cannot be run: what is wrong with it, then the usage. */
export function sayUsage(error: UsageError, lang: Lang): string {
  return `${say(error.messageId, lang, { detail: error.detail, option: error.detail })}\n\n${say("usage", lang)}`;
}

/** Why a workbook holds nothing to check: the names it has and the ones we look for. */
export function sayNoNames(file: string, definedNames: readonly string[], lang: Lang): string {
  const names = definedNames.length > 0 ? definedNames.join(", ") : say("none", lang);
  return say("noNames", lang, { file, names, expected: namesLookedFor().join(", ") });
}

const WRITE_REFUSALS = {
  unreadable: "corrupt",
  "strict-format": "strictFormat",
  "structure-protected": "structureProtected",
} as const satisfies Record<WorkbookWriteError["reason"], CliMessageId>;

/** What failed and where, in a sentence: never a stack trace. */
export function sayFailure(error: unknown, file: string, lang: Lang): string {
  if (error instanceof UnreadableWorkbookError) return say(error.reason, lang, { file, detail: error.detail });
  if (error instanceof WorkbookWriteError) return say(WRITE_REFUSALS[error.reason], lang, { file, detail: error.detail });
  return say("internal", lang, { file, detail: error instanceof Error ? error.message : String(error) });
}
