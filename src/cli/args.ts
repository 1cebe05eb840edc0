import { parseArgs } from "node:util";
import type { Lang } from "../core/finding";
import { parseDateText, type CivilDate } from "../core/values/dates";
import type { CliMessageId } from "./messages";

export interface CommonOptions {
  /** Files or folders, as given: one file is checked as always; a folder or several files, all at once. */
  readonly inputs: readonly string[];
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
  readonly lang: Lang;
}

export type Command =
  | ({ readonly command: "validate"; readonly json: boolean } & CommonOptions)
  | ({ readonly command: "report"; readonly output: string } & CommonOptions)
  | { readonly command: "help"; readonly lang: Lang };

/** A command line that cannot be run, for any command: said with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: CliMessageId,
    readonly detail = "",
  ) {
    super(`${messageId}${detail ? `: ${detail}` : ""}`);
  }
}

/** Korean unless asked otherwise: our users read Korean first. */
export function langOf(value: string | undefined): Lang {
  if (value === undefined) return "ko";
  if (value === "ko" || value === "en") return value;
  throw new UsageError("badLang", value);
}

/** The language asked for, read even from a command line too broken to parse, so its error speaks it. */
export function requestedLang(argv: readonly string[]): Lang {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "ko";
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        "due-within": { type: "string" },
        lang: { type: "string" },
        json: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError("badOption", error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  const [command, ...inputs] = positionals;
  if (values.help || command === undefined || command === "help") return { command: "help", lang };
  if (command !== "validate" && command !== "report") throw new UsageError("unknownCommand", command);
  if (inputs.length === 0) throw new UsageError("missingFile");

  const common = { inputs, asOf: asOfOf(values["as-of"]), dueWithinMonths: monthsOf(values["due-within"]), lang };
  if (command === "validate") return { command, json: values.json ?? false, ...common };
  if (values.output === undefined) throw new UsageError("missingOutput");
  return { command, output: values.output, ...common };
}

/** `--as-of`: a whole day, `2018-09-30`. */
export function asOfOf(text: string | undefined): CivilDate | undefined {
  if (text === undefined) return undefined;
  const date = parseDateText(text);
  if (!date || date.precision !== "day") throw new UsageError("badAsOf", text);
  return date.date;
}

/** `--due-within`: whole months, up to a century. */
export function monthsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const months = Number(text);
  if (!Number.isInteger(months) || months < 0 || months > 1200) throw new UsageError("badDueWithin", text);
  return months;
}
