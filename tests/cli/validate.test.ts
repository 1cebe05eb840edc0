import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { patchCell } from "../../scripts/sample/workbook-fixture";
import { run, type Run } from "../helpers/cli";
import { SAMPLE_PATH, SAMPLE_SHEETS, SEED_TODAY, seedFixture, writeFixtureFile } from "../helpers/sample";

interface JsonFinding {
  severity: string;
  rule: string;
  name: string;
  sheet: string;
  cell: string;
  message: string;
}

interface JsonReport {
  file: string;
  asOf: string;
  asOfSource: string;
  findings: JsonFinding[];
  counts: { error: number; warning: number; info: number };
}

/** The one JSON object a `--json` run printed. */
function report(result: Run): JsonReport {
  expect(result.stdout).toHaveLength(1);
  return JSON.parse(result.stdout[0]) as JsonReport;
}

const cellsOf = (r: JsonReport, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.cell);

/** No "    at fn (file:line)" lines: bad input never shows a stack trace. */
const STACK_FRAME = /^\s+at .+[:(]/m;

const SAMPLE_OVERDUE = ["F11", "F17", "F20", "F28", "F32", "F38", "F42"];

let dir: string;
let changedTotal: string;
let noKnownNames: string;
let textFile: string;
const removals: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-cli-"));
  const planted = seedFixture();
  patchCell(planted, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + 90 });
  const unnamed = seedFixture();
  unnamed.names = [{ name: "Totals", ref: "예산!$A$3:$D$9" }];
  const written = await Promise.all([writeFixtureFile(planted, "changed total.xlsx"), writeFixtureFile(unnamed, "unnamed.xlsx")]);
  [changedTotal, noKnownNames] = written.map((w) => w.path);
  removals.push(...written.map((w) => w.remove));
  textFile = join(dir, "notes.xlsx");
  await writeFile(textFile, "예산 메모: 4,165,473천원\n");
});

afterAll(async () => {
  await Promise.all([...removals.map((remove) => remove()), rm(dir, { recursive: true, force: true })]);
});

describe("validate --json", () => {
  it("prints exactly one JSON object in the contract's shape and exits 0 for the sample", async () => {
    const result = await run("validate", SAMPLE_PATH, "--json");
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const json = report(result);
    expect(Object.keys(json)).toEqual(["file", "asOf", "asOfSource", "ranges", "findings", "counts", "units"]);
    expect(json.file).toBe(SAMPLE_PATH);
    expect(json.asOf).toBe("2018-09-30");
    expect(json.asOfSource).toBe("workbook");
    expect(json.counts).toEqual({ error: 0, warning: 7, info: 13 });
    expect(json.findings).toHaveLength(20);
    for (const f of json.findings) {
      // `cells` only on a finding about many cells: the '-' and '△' cells of a table.
      const keys = ["cell", "message", "name", "rule", "severity", "sheet"];
      expect(Object.keys(f).sort()).toEqual("cells" in f ? [...keys.slice(0, 1), "cells", ...keys.slice(1)] : keys);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message).not.toBe("");
    }
    expect(json.findings.find((f) => f.rule === "inventory/overdue")).toEqual({
      severity: "warning",
      rule: "inventory/overdue",
      name: "Inventory",
      sheet: SAMPLE_SHEETS.inventory,
      cell: "F11",
      message: "HJ-SV-2006-01: 교체 예정일 2013-11-20이 경과했습니다 (취득 2006-11-20 + 내용연수 7년).",
    });
  });

  it("exits 1 when a budget total is wrong, and names that cell", async () => {
    const result = await run("validate", changedTotal, "--json");
    expect(result.code).toBe(1);
    const json = report(result);
    expect(json.counts.error).toBe(1);
    expect(json.findings.filter((f) => f.severity === "error")).toEqual([
      {
        severity: "error",
        rule: "budget/total-mismatch",
        name: "Budget",
        sheet: SAMPLE_SHEETS.budget,
        cell: "B4",
        message: "예산액 합계 4,165,563 ≠ 항목 합 4,165,473 (차이 90천원: 숫자 자리 바뀜 의심).",
      },
    ]);
  });

  it("speaks English with --lang en", async () => {
    const json = report(await run("validate", SAMPLE_PATH, "--json", "--lang", "en"));
    expect(json.findings.find((f) => f.rule === "inventory/overdue")?.message).toBe(
      "HJ-SV-2006-01: due 2013-11-20, overdue (acquired 2006-11-20 + 7-year life).",
    );
  });

  it("takes --as-of over the workbook's own as-of date", async () => {
    const json = report(await run("validate", SAMPLE_PATH, "--json", "--as-of", "2019-12-31"));
    expect(json.asOf).toBe("2019-12-31");
    expect(cellsOf(json, "inventory/overdue")).toEqual(
      ["F5", "F6", "F11", "F12", "F13", "F17", "F20", "F21", "F24", "F28", "F29", "F32", "F33", "F36", "F38", "F39", "F42"],
    );
    expect(cellsOf(report(await run("validate", SAMPLE_PATH, "--json")), "inventory/overdue")).toEqual(SAMPLE_OVERDUE);
  });

  it("finds nothing due soon with --due-within 0", async () => {
    const json = report(await run("validate", SAMPLE_PATH, "--json", "--due-within", "0"));
    expect(cellsOf(json, "inventory/due-soon")).toEqual([]);
    expect(cellsOf(json, "inventory/overdue")).toEqual(SAMPLE_OVERDUE);
    expect(json.counts).toEqual({ error: 0, warning: 7, info: 5 });
  });
});

describe("validate, as text", () => {
  it("lists the finding with its cell and rule, and ends with the counts", async () => {
    const result = await run("validate", changedTotal, "--lang", "en");
    expect(result.code).toBe(1);
    const text = result.stdout.join("\n");
    expect(text).toMatch(/B4 +예산액 total 4,165,563 ≠ sum of items 4,165,473 \(difference 90 thousand KRW: possible transposed digits\)\. +\[budget\/total-mismatch\]/);
    expect(text).toContain("error 1 · warning 7 · info 13 — Errors found.");
  });
});

describe("input it cannot check exits 2, with a sentence and no stack trace", () => {
  it("a text file named .xlsx: with --json, stdout still holds one object, the file's failure as a folder run gives it", async () => {
    const result = await run("validate", textFile, "--json");
    expect(result.code).toBe(2);
    expect(result.stdout).toHaveLength(1);
    expect(JSON.parse(result.stdout[0])).toEqual({ file: textFile, error: result.stderr.join("\n"), exitCode: 2 });
    expect(result.stderr.join("\n")).toContain(textFile);
    expect(result.stderr.join("\n")).not.toMatch(STACK_FRAME);
  });

  it.each([
    ["an OpenDocument spreadsheet", "calc.ods", { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }, ".ods"],
    ["an Excel binary workbook", "book.xlsb", { "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0083" }, ".xlsb"],
  ])("%s, named for what it is", async (_, name, parts, format) => {
    const zip = new JSZip();
    for (const [part, content] of Object.entries(parts)) zip.file(part, content);
    const file = join(dir, name);
    await writeFile(file, await zip.generateAsync({ type: "uint8array" }));
    const result = await run("validate", file);
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toContain(format);
    expect(result.stderr.join("\n")).toContain(".xlsx로 저장한 뒤");
  });

  it("a workbook whose relationships part is no <Relationships>: a damaged file, not our fault", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE_PATH));
    zip.file("xl/_rels/workbook.xml.rels", "<NotRelationships/>");
    const file = join(dir, "damaged-rels.xlsx");
    await writeFile(file, await zip.generateAsync({ type: "uint8array" }));
    const result = await run("validate", file);
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toContain("파일이 손상되어 읽을 수 없습니다");
    expect(result.stderr.join("\n")).not.toContain("담당자");
  });

  it("not refused: a package whose entry names use backslashes, read as Excel reads it", async () => {
    const sample = await JSZip.loadAsync(readFileSync(SAMPLE_PATH));
    const backslashed = new JSZip();
    for (const entry of Object.values(sample.files)) {
      if (!entry.dir) backslashed.file(entry.name.replace(/\//g, "\\"), await entry.async("uint8array"));
    }
    const file = join(dir, "backslashes.xlsx");
    await writeFile(file, await backslashed.generateAsync({ type: "uint8array" }));
    expect(Object.keys((await JSZip.loadAsync(readFileSync(file))).files)).toContain("xl\\workbook.xml");
    const [theirs, ours] = await Promise.all([run("validate", file, "--json"), run("validate", SAMPLE_PATH, "--json")]);
    expect(theirs.code).toBe(0);
    const findings = (r: Run) => (JSON.parse(r.stdout[0]) as { findings: unknown[] }).findings;
    expect(findings(theirs)).toEqual(findings(ours));
  });

  it("a missing file", async () => {
    const missing = join(dir, "없는 파일.xlsx");
    const result = await run("validate", missing);
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toBe(`${missing}: 파일이 없습니다.`);
  });

  it("a workbook with none of the names and --no-detect, listing the names it holds and the names looked for", async () => {
    const result = await run("validate", noKnownNames, "--lang", "en", "--no-detect");
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    const message = result.stderr.join("\n");
    expect(message).toContain(noKnownNames);
    expect(message).toContain("Names found: Totals");
    for (const name of ["Budget", "Budget_*", "예산", "Staff", "인력", "Inventory", "Assets", "Table_*", "표_*", "UsefulLife", "AsOfDate"]) {
      expect(message).toContain(name);
    }
  });
});

describe("a bad command line exits 2 with the usage", () => {
  it.each([
    ["an unreadable --as-of", ["validate", SAMPLE_PATH, "--as-of", "yesterday"], "yesterday"],
    ["an unknown command", ["check", SAMPLE_PATH], "check"],
    ["an unknown option", ["validate", SAMPLE_PATH, "--strict"], "--strict"],
    ["a negative --due-within", ["validate", SAMPLE_PATH, "--due-within=-3"], "-3"],
    ["no file", ["validate"], "검사할 .xlsx 파일을 지정하십시오"],
  ])("%s", async (_, argv, quoted) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    const message = result.stderr.join("\n");
    expect(message).toContain(quoted);
    expect(message).toContain("budget-check validate FILE.xlsx [--as-of YYYY-MM-DD]");
    expect(message).not.toMatch(STACK_FRAME);
  });
});

it("speaks English in a usage error when --lang en was asked for", async () => {
  const result = await run("validate", SAMPLE_PATH, "--lang", "en", "--as-of", "yesterday");
  expect(result.code).toBe(2);
  expect(result.stderr.join("\n")).toContain("Cannot read the --as-of date: yesterday");
});

describe("the installed command", () => {
  it("runs bin/budget-check.js as npx would, with no build step", () => {
    const bin = join(__dirname, "../../bin/budget-check.js");
    const child = spawnSync(process.execPath, [bin, "validate", SAMPLE_PATH, "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const json = JSON.parse(child.stdout) as JsonReport;
    expect(json.asOf).toBe("2018-09-30"); // the workbook's own, whatever today is
    expect(json.counts).toEqual({ error: 0, warning: 7, info: 13 });
  }, 60_000);
});

describe("a workbook's own names in a message", () => {
  it("are quoted at most 80 characters each, and at most 20 of them, with a count of the rest", async () => {
    const fixture = seedFixture();
    fixture.names = Array.from({ length: 25 }, (_, i) => ({ name: `N${i}_${"가".repeat(200)}`, ref: "1" }));
    const file = await writeFixtureFile(fixture, "many-names.xlsx");
    const result = await run("validate", file.path, "--no-detect");
    await file.remove();
    expect(result.code).toBe(2);
    const message = result.stderr.join("\n");
    expect(message).toContain(`N0_${"가".repeat(76)}…`);
    expect(message).not.toContain("가".repeat(78));
    expect(message).toContain("N19_");
    expect(message).not.toContain("N20_");
    expect(message).toContain("외 5개");
  });
});
