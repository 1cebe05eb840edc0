import { parseArgs } from "node:util";
import { parseA1 } from "../../core/address";
import type { Lang } from "../../core/finding";
import type { CivilDate } from "../../core/values/dates";
import { asOfOf, langOf, monthsOf, UsageError } from "../args";

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
    throw new UsageError("badOption", error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (!isRecordCommand(command)) throw new UsageError("unknownCommand", command ?? "");
  if (file === undefined) throw new UsageError("missingFile");
  if (rest.length > 0) throw new UsageError("badOption", rest.join(" "));
  const common: Common = { file, lang: langOf(v.lang), asOf: asOfOf(v["as-of"]), dueWithinMonths: monthsOf(v["due-within"]) };
  if (command === "verify") return { command, json: v.json ?? false, ...common };
  if (v.output === undefined) throw new UsageError("missingOutput");
  if (command === "stamp") return { command, output: v.output, ...common };
  const rule = required(v.rule, "--rule");
  const at = required(v.cell, "--cell");
  const reason = required(v.reason?.trim() || undefined, "--reason");
  const bang = at.lastIndexOf("!");
  const sheet = at.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const cell = at.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  if (bang <= 0 || parseA1(cell) === null) throw new UsageError("badCell", at);
  return { command, output: v.output, rule, sheet, cell, reason, ...(v.by && { by: v.by }), ...common };
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError("missingOption", option);
  return value;
}
