/**
 * Rule severities from outside the workbook: `--rule` on the command line, then a config file, `--config FILE`
 * or else `budget-check.json` in the workbook's folder (ESLint's `rules` object, schema in
 * docs/budget-check.schema.json).
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ruleConfigOf, type RuleConfig, type RuleConfigLayer } from "../core/rule-config";
import { RULE_IDS } from "../core/rules";

const CONFIG_FILE_NAME = "budget-check.json";

/** The keys a config file may hold: its rules, and the schema an editor checks it against. */
const CONFIG_KEYS = new Set(["$schema", "rules"]);

export type ConfigProblem =
  | { readonly kind: "configUnreadable"; readonly detail: string }
  | { readonly kind: "configNotJson"; readonly detail: string }
  | { readonly kind: "configNotObject"; readonly key: string }
  | { readonly kind: "configUnknownKey"; readonly key: string }
  | { readonly kind: "configUnknownRule"; readonly key: string }
  | { readonly kind: "configBadLevel"; readonly key: string; readonly level: string };

/** A config file that cannot be used: the run stops with exit code 2, naming the file and the key. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ConfigProblem,
  ) {
    super(`${file}: ${problem.kind}`);
    this.name = "ConfigFileError";
  }
}

export interface RuleOptions {
  readonly rules?: RuleConfig;
  readonly config?: string;
}

/** The layers for one workbook, the first winning: `--rule`, then the config file (when there is one). */
async function ruleLayersFor(workbookFile: string, options: RuleOptions): Promise<RuleConfigLayer[]> {
  const layers: RuleConfigLayer[] = [{ source: "option", rules: options.rules ?? {} }];
  const file = options.config ?? join(dirname(workbookFile), CONFIG_FILE_NAME);
  const text = await readConfigText(file, options.config !== undefined);
  if (text !== null) layers.push({ source: "file", rules: parseConfig(file, text) });
  return layers;
}

/** The file's text; null when the file beside the workbook is simply not there (a named one must be). */
async function readConfigText(file: string, named: boolean): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!named && code === "ENOENT") return null;
    throw new ConfigFileError(file, { kind: "configUnreadable", detail: code ?? String(error) });
  }
}

/** The options with the rule layers for this workbook added, as the use cases take them. */
export async function withRuleLayers<O extends RuleOptions>(workbookFile: string, options: O): Promise<O & { readonly ruleLayers: RuleConfigLayer[] }> {
  return { ...options, ruleLayers: await ruleLayersFor(workbookFile, options) };
}

/** A config file's rules, checked against the rules there are; any problem names the file and the key. */
function parseConfig(file: string, text: string): RuleConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigFileError(file, { kind: "configNotJson", detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isObject(json)) throw new ConfigFileError(file, { kind: "configNotObject", key: "(top)" });
  const unknown = Object.keys(json).find((key) => !CONFIG_KEYS.has(key));
  if (unknown !== undefined) throw new ConfigFileError(file, { kind: "configUnknownKey", key: unknown });
  const { rules = {} } = json;
  if (!isObject(rules)) throw new ConfigFileError(file, { kind: "configNotObject", key: "rules" });
  const checked = ruleConfigOf(rules, RULE_IDS);
  if ("rules" in checked) return checked.rules;
  const { problem } = checked;
  const key = `rules["${problem.rule}"]`;
  throw new ConfigFileError(file, problem.kind === "unknown-rule" ? { kind: "configUnknownRule", key } : { kind: "configBadLevel", key, level: problem.level });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
