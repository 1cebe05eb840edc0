/**
 * Rule severities on the command line, as ESLint's: `--rule ID=LEVEL` (repeatable), `budget-check.json` beside
 * the workbook or `--config FILE`, and the workbook's saved settings, in that precedence; bad settings exit 2
 * naming the file and key.
 */
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { RULE_LEVELS } from "../../src/core/rule-config";
import { RULE_IDS } from "../../src/core/rules";
import { readRecordFromXlsx, writeRecordIntoXlsx } from "../../src/workbook/xlsx";
import { run, type Run } from "../helpers/cli";
import { cleanXlsx, plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";

// Folder runs check their files in worker processes, each starting its own Node (and tsx, from the sources).
jest.setTimeout(60_000);

const OVER = "budget/over-executed";
const { projects, staff } = SAMPLE_SHEETS;

interface JsonFinding {
  severity: string;
  rule: string;
  cell: string;
  sheet: string;
  message: string;
  cells?: string[];
}

interface JsonReport {
  findings: JsonFinding[];
  counts: { error: number; warning: number; info: number };
}

const report = (result: Run) => JSON.parse(result.stdout[0]) as JsonReport;
const overIn = (result: Run) => report(result).findings.filter((f) => f.rule === OVER).map((f) => f.severity);

let dir: string;
/** The sample with F8 spent past its budget, alone in its folder. */
let over: string;
let overDir: string;
let overBytes: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-rules-"));
  overDir = join(dir, "over");
  await mkdir(overDir);
  over = join(overDir, "over.xlsx");
  overBytes = await plantedXlsx((f) => {
    patchCell(f, projects, "F8", { value: 186_531 });
    patchCell(f, projects, "I8", { value: 105.7 });
  });
  await writeFile(over, overBytes);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes `budget-check.json` (or another name) into a folder, and returns its path. */
async function config(folder: string, rules: unknown, name = "budget-check.json"): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, typeof rules === "string" ? rules : JSON.stringify({ rules }));
  return path;
}

describe("--rule", () => {
  it("leaves budget/over-executed an error by default: exit code 1", async () => {
    const result = await run("validate", over, "--json");
    expect(result.code).toBe(1);
    expect(overIn(result)).toEqual(["error"]);
  });

  it("sets a rule's severity, changing the counts and the exit code", async () => {
    const plain = report(await run("validate", over, "--json"));
    const result = await run("validate", over, "--json", "--rule", `${OVER}=warning`);
    expect(result.code).toBe(0);
    expect(overIn(result)).toEqual(["warning"]);
    expect(report(result).counts).toEqual({ ...plain.counts, error: plain.counts.error - 1, warning: plain.counts.warning + 1 });
  });

  it("turns a rule off, removing its findings; repeatable, the last of a rule winning", async () => {
    const result = await run("validate", over, "--json", "--rule", `${OVER}=error`, "--rule", `${OVER}=off`, "--rule", "inventory/overdue=off");
    expect(result.code).toBe(0);
    expect(report(result).findings.filter((f) => f.rule === OVER || f.rule === "inventory/overdue")).toEqual([]);
    expect(report(result).counts.warning).toBe(0);
  });

  it("raises a rule to an error: the sample's overdue lots then fail it", async () => {
    const sample = join(dir, "sample.xlsx");
    await writeFile(sample, await cleanXlsx());
    const result = await run("validate", sample, "--json", "--rule", "inventory/overdue=error");
    expect(result.code).toBe(1);
    expect(report(result).counts).toMatchObject({ error: 7, warning: 0 });
  });

  it("refuses an unknown rule or level with exit code 2, naming it", async () => {
    const unknown = await run("validate", over, "--rule", "budget/overspent=error");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr[0]).toMatch(/^--rule에 적은 규칙이 없습니다: budget\/overspent/);
    const level = await run("validate", over, "--rule", `${OVER}=fatal`, "--lang", "en");
    expect(level.code).toBe(2);
    expect(level.stderr[0]).toMatch(`--rule takes RULE=off|info|warning|error, e.g. --rule budget/over-executed=error: ${OVER}=fatal`);
    expect((await run("validate", over, "--rule", OVER)).code).toBe(2);
  });

  it("is taken by stamp and verify too; on accept it still names the finding's one rule", async () => {
    const stamped = join(dir, "stamped.xlsx");
    expect((await run("stamp", over, "--rule", `${OVER}=warning`, "-o", stamped)).code).toBe(0);
    expect((await run("verify", stamped, "--rule", `${OVER}=warning`)).code).toBe(0);
    const twoRules = await run("accept", over, "--rule", OVER, "--rule", "budget/total-mismatch", "--cell", `${projects}!F8`, "--reason", "x", "-o", join(dir, "a.xlsx"));
    expect(twoRules.code).toBe(2);
    expect(twoRules.stderr[0]).toContain("accept의 --rule은 예외 처리할 항목의 규칙 하나입니다");
  });
});

describe("budget-check.json and --config", () => {
  it("has a schema in docs/ that lists every rule and the four levels", async () => {
    const schema = JSON.parse(await readFile(join(__dirname, "../../docs/budget-check.schema.json"), "utf8")) as {
      properties: { rules: { properties: Record<string, unknown> } };
      $defs: { level: { enum: string[] } };
    };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
    expect(schema.$defs.level.enum).toEqual(RULE_LEVELS);
  });

  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(dir, "beside-"));
    file = join(folder, "over.xlsx");
    await writeFile(file, overBytes);
  });

  it("reads budget-check.json beside the workbook", async () => {
    await config(folder, { [OVER]: "info" });
    const result = await run("validate", file, "--json");
    expect(result.code).toBe(0);
    expect(overIn(result)).toEqual(["info"]);
  });

  it("lets --rule win over the file", async () => {
    await config(folder, { [OVER]: "info" });
    expect(overIn(await run("validate", file, "--json", "--rule", `${OVER}=warning`))).toEqual(["warning"]);
  });

  it("reads --config FILE instead of the file beside the workbook", async () => {
    await config(folder, { [OVER]: "info" });
    const named = await config(dir, { [OVER]: "off" }, "district.json");
    expect(overIn(await run("validate", file, "--json", "--config", named))).toEqual([]);
  });

  it("lets the file win over the workbook's saved settings, which win over the defaults", async () => {
    const record = await readRecordFromXlsx(overBytes);
    await writeFile(file, await writeRecordIntoXlsx(overBytes, { ...record, rules: { [OVER]: "warning", "inventory/due-soon": "off" } }));
    const saved = report(await run("validate", file, "--json"));
    expect(saved.findings.filter((f) => f.rule === OVER).map((f) => f.severity)).toEqual(["warning"]);
    expect(saved.findings.filter((f) => f.rule === "inventory/due-soon")).toEqual([]);
    await config(folder, { [OVER]: "info" });
    const overridden = report(await run("validate", file, "--json"));
    expect(overridden.findings.filter((f) => f.rule === OVER).map((f) => f.severity)).toEqual(["info"]);
    expect(overridden.findings.filter((f) => f.rule === "inventory/due-soon")).toEqual([]);
  });

  it("says what is wrong with a bad config, naming the file and the key, with exit code 2", async () => {
    const cases: [unknown, string][] = [
      [{ "budget/overspent": "error" }, `설정 파일의 rules["budget/overspent"]에 적은 규칙이 없습니다`],
      [{ [OVER]: "fatal" }, `설정 파일의 rules["${OVER}"] 값 'fatal'은 off, info, warning, error 중 하나여야 합니다.`],
      [{ [OVER]: 2 }, `설정 파일의 rules["${OVER}"] 값 '2'는 off, info, warning, error 중 하나여야 합니다.`],
      ['{ "rules": { ', "설정 파일이 올바른 JSON이 아닙니다"],
      ['{ "rule": {} }', "설정 파일에 알 수 없는 항목이 있습니다: rule"],
      ['{ "rules": [] }', "설정 파일의 rules는 객체({ … })여야 합니다."],
    ];
    for (const [rules, said] of cases) {
      const path = await config(folder, rules);
      const result = await run("validate", file);
      expect(result.code).toBe(2);
      expect(result.stderr.join("\n")).toContain(`${path}: ${said}`);
      const json = await run("validate", file, "--json");
      expect(JSON.parse(json.stdout[0])).toMatchObject({ file, exitCode: 2 });
    }
  });

  it("says so in English, and names a --config file that is not there", async () => {
    const path = await config(folder, { [OVER]: "fatal" });
    expect((await run("validate", file, "--lang", "en")).stderr[0]).toBe(
      `${path}: rules["${OVER}"] in the config file is 'fatal'; it must be off, info, warning or error.`,
    );
    const missing = join(dir, "missing.json");
    const result = await run("validate", file, "--config", missing);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toBe(`${missing}: 설정 파일을 읽을 수 없습니다 (ENOENT).`);
  });

  it("reads each file's own folder's budget-check.json in a folder run", async () => {
    const other = await mkdtemp(join(dir, "other-"));
    const otherFile = join(other, "over.xlsx");
    await writeFile(otherFile, overBytes);
    await config(folder, { [OVER]: "warning" });
    const result = await run("validate", file, otherFile, "--json");
    const files = (JSON.parse(result.stdout[0]) as { files: JsonReport[] }).files;
    expect(files.map((f) => f.findings.filter((x) => x.rule === OVER).map((x) => x.severity))).toEqual([["warning"], ["error"]]);
    expect(result.code).toBe(1);
    await config(other, { [OVER]: "bogus" });
    expect((await run("validate", file, otherFile)).code).toBe(2);
  });
});

describe("what was used is recorded", () => {
  it("in the stamp, with each rule's source", async () => {
    const folder = await mkdtemp(join(dir, "stamp-"));
    const file = join(folder, "over.xlsx");
    await writeFile(file, overBytes);
    await config(folder, { "inventory/due-soon": "off" });
    const out = join(folder, "stamped.xlsx");
    expect((await run("stamp", file, "--rule", `${OVER}=warning`, "-o", out)).code).toBe(0);
    expect((await readRecordFromXlsx(await readFile(out))).stamp!.rules).toEqual([
      { rule: OVER, level: "warning", source: "option" },
      { rule: "inventory/due-soon", level: "off", source: "file" },
    ]);
  });

  it("in validate's outputs when a rule was set: a line under the text's title, `rules` in the JSON", async () => {
    const folder = await mkdtemp(join(dir, "outputs-"));
    const file = join(folder, "over.xlsx");
    await writeFile(file, overBytes);
    await config(folder, { "inventory/due-soon": "off" });
    const text = await run("validate", file, "--rule", `${OVER}=warning`);
    expect(text.stdout[0].split("\n")).toContain("규칙 설정: budget/over-executed 경고 (명령줄), inventory/due-soon 끔 (설정 파일)");
    const json = JSON.parse((await run("validate", file, "--rule", `${OVER}=warning`, "--json")).stdout[0]) as { rules?: unknown };
    expect(json.rules).toEqual([
      { rule: OVER, level: "warning", source: "option" },
      { rule: "inventory/due-soon", level: "off", source: "file" },
    ]);
    // At the defaults, neither says anything: the JSON keeps the contract's shape.
    expect((await run("validate", over)).stdout[0]).not.toContain("규칙 설정");
    expect(JSON.parse((await run("validate", over, "--json")).stdout[0])).not.toHaveProperty("rules");
  });

  it("on the summary, under its title block: the defaults, or each rule set and where", async () => {
    const sample = join(dir, "for-report.xlsx");
    await writeFile(sample, await cleanXlsx());
    const lineOf = async (...options: string[]) => {
      const out = join(dir, `report-${options.length}.xlsx`);
      expect((await run("report", sample, "-o", out, ...options)).code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const texts = book.getWorksheet("요약")!.getColumn(1).values.filter((v): v is string => typeof v === "string");
      return texts.find((t) => t.startsWith("규칙 설정"));
    };
    expect(await lineOf()).toBe("규칙 설정: 기본값");
    expect(await lineOf("--rule", "inventory/due-soon=warning", "--rule", "cell/number-as-text=off")).toBe(
      "규칙 설정: cell/number-as-text 끔 (명령줄), inventory/due-soon 경고 (명령줄)",
    );
  });
});

describe("the table's '-' and '△' cells in one finding", () => {
  it("lists them in the JSON's `cells`, and accept takes the finding at its cell", async () => {
    const sample = join(dir, "marked.xlsx");
    await writeFile(sample, await cleanXlsx());
    const [marked] = report(await run("validate", sample, "--json")).findings.filter((f) => f.sheet === staff && f.rule === "cell/number-as-text");
    expect(marked).toMatchObject({ cell: "C5", severity: "info" });
    expect(marked.cells).toHaveLength(24);
    const out = join(dir, "marked-accepted.xlsx");
    const accepted = await run("accept", sample, "--rule", "cell/number-as-text", "--cell", `${staff}!C5`, "--reason", "대시는 0입니다", "-o", out);
    expect(accepted.code).toBe(0);
    const after = JSON.parse((await run("validate", out, "--json")).stdout[0]) as JsonReport & { accepted: JsonFinding[] };
    expect(after.findings.filter((f) => f.sheet === staff)).toEqual([]);
    expect(after.accepted.map((f) => [f.cell, f.cells?.length])).toEqual([["C5", 24]]);
  });
});
