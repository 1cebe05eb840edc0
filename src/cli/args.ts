/**
 * The command line, parsed: one command with its options, or a UsageError. `validate` and `report` take files
 * or folders; `stamp`, `verify` and `accept` one file and options of their own, so each family has its option
 * set and a wrong option is named as such.
 */
import { parseArgs } from "node:util";
import { parseA1 } from "../core/address";
import type { Lang } from "../core/finding";
import { ruleConfigOf, type RuleConfig } from "../core/rule-config";
import { RULE_IDS } from "../core/rules";
import { MAX_APPROVALS } from "../core/summary/sections/header";
import { parseDateText, type CivilDate } from "../core/values/dates";
import type { CliMessageId } from "./messages";

interface CheckOptions {
  readonly lang: Lang;
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
  /** False with `--no-detect`: only named tables are checked. */
  readonly detect: boolean;
  /** `--rule ID=LEVEL`, repeatable: wins over every config file and the workbook's saved settings. */
  readonly rules: RuleConfig;
  /** `--config FILE`: read instead of a `budget-check.json` beside each workbook. */
  readonly config?: string;
}

interface Inputs extends CheckOptions {
  /** Files or folders, as given: one file is checked as always; a folder or several files, all at once. */
  readonly inputs: readonly string[];
  /** In a folder run, how long one file may take before it is stopped and reported as timed out. */
  readonly fileTimeoutSeconds: number;
}

interface OneFile extends CheckOptions {
  readonly file: string;
}

export type ValidateCommand = { readonly command: "validate"; readonly json: boolean } & Inputs;
export type ReportCommand = {
  readonly command: "report";
  readonly output: string;
  /** `--department`: the summary's department when the workbook names none. */
  readonly department?: string;
  /** `--approvals` (or `[]` with `--no-approvals`): the 결재란's roles; absent for the language's default. */
  readonly approvals?: readonly string[];
} & Inputs;
export type StampCommand = { readonly command: "stamp"; readonly output: string } & OneFile;
export type NameCommand = { readonly command: "name"; readonly output: string; readonly json: boolean } & OneFile;
export type VerifyCommand = { readonly command: "verify"; readonly json: boolean } & OneFile;
export type AcceptCommand = {
  readonly command: "accept";
  readonly output: string;
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly reason: string;
  readonly by?: string;
} & OneFile;
export type HelpCommand = { readonly command: "help"; readonly lang: Lang };

export type Command = ValidateCommand | ReportCommand | StampCommand | VerifyCommand | AcceptCommand | NameCommand | HelpCommand;

/** A command line that cannot be run, for any command: said with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: CliMessageId,
    readonly detail = "",
  ) {
    super(`${messageId}${detail ? `: ${detail}` : ""}`);
  }
}

/** The language asked for, read even from a command line too broken to parse, so its error speaks it. */
export function requestedLang(argv: readonly string[]): Lang {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "ko";
}

export function parseCommand(argv: readonly string[]): Command {
  return isRecordCommandLine(argv) ? parseRecordCommand(argv) : parseCheckCommand(argv);
}

/** The options every command that reads a workbook takes. */
const WORKBOOK_OPTIONS = {
  "as-of": { type: "string" },
  "due-within": { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean", default: false },
  "no-detect": { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  config: { type: "string" },
  // `ID=LEVEL` to set a rule's severity; on `accept` alone, the one rule whose finding is accepted.
  rule: { type: "string", multiple: true },
} as const;

/** `validate` and `report`, which also take folders: a file of a folder may take this long. */
const CHECK_OPTIONS = {
  ...WORKBOOK_OPTIONS,
  "file-timeout": { type: "string" },
  department: { type: "string" },
  approvals: { type: "string" },
  "no-approvals": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** A minute: a division's workbook is checked in about a second, so only a stuck file comes near it. */
const DEFAULT_FILE_TIMEOUT_SECONDS = 60;

/** `validate`, `report` and `help`. */
function parseCheckCommand(argv: readonly string[]): ValidateCommand | ReportCommand | HelpCommand {
  const { values, positionals } = strictly(argv, CHECK_OPTIONS);
  const lang = langOf(values.lang);
  const [command, ...inputs] = positionals;
  if (values.help || command === undefined || command === "help") return { command: "help", lang };
  if (command !== "validate" && command !== "report") throw new UsageError("unknownCommand", command);
  if (inputs.length === 0) throw new UsageError("missingFile");

  const common = {
    inputs,
    asOf: asOfOf(values["as-of"]),
    dueWithinMonths: monthsOf(values["due-within"]),
    lang,
    detect: !values["no-detect"],
    fileTimeoutSeconds: secondsOf(values["file-timeout"]),
    rules: ruleOptionsOf(values.rule),
    ...(values.config !== undefined && { config: values.config }),
  };
  if (command === "validate") return { command, json: values.json ?? false, ...common };
  if (values.output === undefined) throw new UsageError("missingOutput");
  const department = values.department?.trim();
  const approvals = approvalsOf(values.approvals, values["no-approvals"] ?? false);
  return { command, output: values.output, ...common, ...(department && { department }), ...(approvals && { approvals }) };
}

/** `--approvals "담당,팀장,과장"`: the roles, left to right; `--no-approvals`: none. */
function approvalsOf(text: string | undefined, none: boolean): readonly string[] | undefined {
  if (none) return [];
  if (text === undefined) return undefined;
  const roles = text.split(",").map((role) => role.trim()).filter((role) => role !== "");
  if (roles.length === 0 || roles.length > MAX_APPROVALS) throw new UsageError("badApprovals", text);
  return roles;
}

const RECORD_COMMANDS = ["stamp", "verify", "accept", "name"] as const;
type RecordCommandName = (typeof RECORD_COMMANDS)[number];

const RECORD_OPTIONS = {
  ...WORKBOOK_OPTIONS,
  cell: { type: "string" },
  reason: { type: "string" },
  by: { type: "string" },
} as const;

function isRecordCommand(word: string | undefined): word is RecordCommandName {
  return (RECORD_COMMANDS as readonly (string | undefined)[]).includes(word);
}

/** Whether a command line asks for one of the record's commands, wherever its options stand. */
function isRecordCommandLine(argv: readonly string[]): boolean {
  const { positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: RECORD_OPTIONS });
  return isRecordCommand(positionals[0]);
}

/**
 * `stamp`, `verify` and `accept`, the commands that read or write Budget Check's record in a workbook, and `name`,
 * which writes names: one file each.
 */
function parseRecordCommand(argv: readonly string[]): StampCommand | VerifyCommand | AcceptCommand | NameCommand {
  const { values: v, positionals } = strictly(argv, RECORD_OPTIONS);
  const [command, file, ...rest] = positionals;
  if (!isRecordCommand(command)) throw new UsageError("unknownCommand", command ?? "");
  if (file === undefined) throw new UsageError("missingFile");
  if (rest.length > 0) throw new UsageError("badOption", rest.join(" "));
  const common: OneFile = {
    file,
    lang: langOf(v.lang),
    asOf: asOfOf(v["as-of"]),
    dueWithinMonths: monthsOf(v["due-within"]),
    detect: !v["no-detect"],
    rules: command === "accept" ? {} : ruleOptionsOf(v.rule),
    ...(v.config !== undefined && { config: v.config }),
  };
  if (command === "verify") return { command, json: v.json ?? false, ...common };
  if (v.output === undefined) throw new UsageError("missingOutput");
  if (command === "stamp") return { command, output: v.output, ...common };
  if (command === "name") return { command, output: v.output, json: v.json ?? false, ...common };
  if ((v.rule?.length ?? 0) > 1) throw new UsageError("oneRuleToAccept", v.rule!.join(", "));
  const rule = required(v.rule?.[0], "--rule");
  const at = required(v.cell, "--cell");
  const reason = required(v.reason?.trim() || undefined, "--reason");
  const bang = at.lastIndexOf("!");
  const sheet = at.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const cell = at.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  if (bang <= 0 || parseA1(cell) === null) throw new UsageError("badCell", at);
  return { command, output: v.output, rule, sheet, cell, reason, ...(v.by && { by: v.by }), ...common };
}

type OptionSet = typeof CHECK_OPTIONS | typeof RECORD_OPTIONS;

function strictly<O extends OptionSet>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError("badOption", error instanceof Error ? error.message : String(error));
  }
}

/** Korean unless asked otherwise: our users read Korean first. */
function langOf(value: string | undefined): Lang {
  if (value === undefined) return "ko";
  if (value === "ko" || value === "en") return value;
  throw new UsageError("badLang", value);
}

/** `--as-of`: a whole day, `2018-09-30`. */
function asOfOf(text: string | undefined): CivilDate | undefined {
  if (text === undefined) return undefined;
  const date = parseDateText(text);
  if (!date || date.precision !== "day") throw new UsageError("badAsOf", text);
  return date.date;
}

/** `--due-within`: whole months, up to a century. */
function monthsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const months = Number(text);
  if (!Number.isInteger(months) || months < 0 || months > 1200) throw new UsageError("badDueWithin", text);
  return months;
}

/** `--file-timeout`: seconds, fractions allowed, more than none and at most a day. */
function secondsOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_FILE_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (text.trim() === "" || !Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) throw new UsageError("badFileTimeout", text);
  return seconds;
}

/** `--rule ID=LEVEL`, each naming a rule of ours and one of `off`, `info`, `warning`, `error`; the last given wins. */
function ruleOptionsOf(options: readonly string[] | undefined): RuleConfig {
  const entries: Record<string, string> = {};
  for (const option of options ?? []) {
    const at = option.lastIndexOf("=");
    if (at <= 0) throw new UsageError("badRuleOption", option);
    entries[option.slice(0, at).trim()] = option.slice(at + 1).trim();
  }
  const checked = ruleConfigOf(entries, RULE_IDS);
  if ("rules" in checked) return checked.rules;
  const { problem } = checked;
  throw problem.kind === "unknown-rule" ? new UsageError("unknownRuleOption", problem.rule) : new UsageError("badRuleOption", `${problem.rule}=${problem.level}`);
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError("missingOption", option);
  return value;
}
