import { parseArgs } from "node:util";
import { parseA1 } from "../../core/address";
import type { Lang } from "../../core/finding";
import { parseDateText, type CivilDate } from "../../core/values/dates";
import type { CliMessageId } from "../messages";
import type { RecordMessageId } from "./messages";

const RECORD_COMMANDS = ["stamp", "verify", "accept"] as const;
type RecordCommandName = (typeof RECORD_COMMANDS)[number];

interface Common {
  readonly file: string;
  readonly lang: Lang;
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
}

export type RecordCommand =
  | ({ readonly command: "stamp"; readonly output: string } & Common)
  | ({ readonly command: "verify"; readonly json: boolean } & Common)
  | ({
      readonly command: "accept";
      readonly output: string;
      readonly rule: string;
      readonly sheet: string;
      readonly cell: string;
      readonly reason: string;
      readonly by?: string;
    } & Common);

export class RecordUsageError extends Error {
  constructor(
    readonly messageId: CliMessageId | RecordMessageId,
    readonly detail = "",
  ) {
    super(`${messageId}${detail ? `: ${detail}` : ""}`);
  }
}

function isRecordCommand(word: string | undefined): word is RecordCommandName {
  return (RECORD_COMMANDS as readonly (string | undefined)[]).includes(word);
}

const OPTIONS = {
  "as-of": { type: "string" },
  "due-within": { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  rule: { type: "string" },
  cell: { type: "string" },
  reason: { type: "string" },
  by: { type: "string" },
} as const;

/** Whether a command line asks for one of these commands, wherever its options stand. */
export function isRecordCommandLine(argv: readonly string[]): boolean {
  const { positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: OPTIONS });
  return isRecordCommand(positionals[0]);
}

export function parseRecordCommand(argv: readonly string[]): RecordCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new RecordUsageError("badOption", error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (!isRecordCommand(command)) throw new RecordUsageError("unknownCommand", command ?? "");
  if (file === undefined) throw new RecordUsageError("missingFile");
  if (rest.length > 0) throw new RecordUsageError("badOption", rest.join(" "));
  if (v.lang !== undefined && v.lang !== "ko" && v.lang !== "en") throw new RecordUsageError("badLang", v.lang);
  const common: Common = { file, lang: v.lang === "en" ? "en" : "ko", asOf: asOfOf(v["as-of"]), dueWithinMonths: monthsOf(v["due-within"]) };
  if (command === "verify") return { command, json: v.json ?? false, ...common };
  if (v.output === undefined) throw new RecordUsageError("missingOutput");
  if (command === "stamp") return { command, output: v.output, ...common };
  const rule = required(v.rule, "--rule");
  const at = required(v.cell, "--cell");
  const reason = required(v.reason?.trim() || undefined, "--reason");
  const bang = at.lastIndexOf("!");
  const sheet = at.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const cell = at.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  if (bang <= 0 || parseA1(cell) === null) throw new RecordUsageError("badCell", at);
  return { command, output: v.output, rule, sheet, cell, reason, ...(v.by && { by: v.by }), ...common };
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new RecordUsageError("missingOption", option);
  return value;
}

function asOfOf(text: string | undefined): CivilDate | undefined {
  if (text === undefined) return undefined;
  const date = parseDateText(text);
  if (!date || date.precision !== "day") throw new RecordUsageError("badAsOf", text);
  return date.date;
}

function monthsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const months = Number(text);
  if (!Number.isInteger(months) || months < 0 || months > 1200) throw new RecordUsageError("badDueWithin", text);
  return months;
}
