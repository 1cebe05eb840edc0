/**
 * The hostile corpus (scripts/corpus/hostile.ts) at test scale, through the real command line as a user runs it:
 * a child process per command, with a memory cap and a time limit, so that a file that would exhaust memory
 * fails its case instead of the test run. Each file, `validate --json` and `report` must answer with an exit code
 * in the documented set, one JSON object, no stack trace, a message naming what is wrong, the input untouched,
 * and from `report` a workbook that reads back whole, or no file at all.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { HOSTILE_CASES, type HostileCase } from "../../scripts/corpus/hostile";
import { openXlsxWorkbookFile } from "../../src/workbook/xlsx";
import { parseXml } from "../workbook/xlsx/write/xml-tree";

const CLI = join(__dirname, "../../bin/budget-check.js");
/** Each command's limits at test scale: the bench allows 60 s and 2 GB for files many times larger. */
const TIME_LIMIT_MS = 30_000;
const HEAP_LIMIT_MB = 1024;
const STACK_FRAME = /^\s+at .+[:(]|FATAL ERROR|Last few GCs/m;
/** "An unexpected problem: send this to support": never the answer to a file that is merely bad. */
const OUR_FAULT = /예상하지 못한 문제/;

interface Ran {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => stdout.push(d));
    child.stderr.on("data", (d: Buffer) => stderr.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIME_LIMIT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
}

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** What must hold of a report written from a hostile file: every entry re-read, every XML part parsed, our reader opens it. */
async function expectWholeWorkbook(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const bytes = await entry.async("nodebuffer");
    if (/\.(xml|rels)$/.test(entry.name)) expect({ part: entry.name, parsed: parses(bytes.toString("utf8")) }).toEqual({ part: entry.name, parsed: true });
  }
  const workbook = await openXlsxWorkbookFile(path);
  expect((await workbook.outline()).sheets).toContain("요약");
}

function parses(xml: string): boolean | string {
  try {
    parseXml(xml);
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The message of an exit-2 answer: what `validate --json` put in its object, as stderr said it. */
function expectHonestRefusal(hostile: HostileCase, message: string): void {
  expect(message).not.toMatch(OUR_FAULT);
  expect(message).toContain(hostile.file);
  if (hostile.answer.kind !== "checked") expect(message).toMatch(hostile.answer.says);
}

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "budget-check-hostile-"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("the hostile corpus, through the command line", () => {
  it.each(HOSTILE_CASES.map((c) => [c.file, c] as const))("%s", async (_, hostile) => {
    const folder = join(root, hostile.file.replace(/\.xlsx$/, ""));
    const outputs = join(folder, "out");
    await mkdir(outputs, { recursive: true });
    const input = join(folder, hostile.file);
    const bytes = await hostile.build("test");
    await writeFile(input, bytes);
    const output = join(outputs, "report.xlsx");

    const [validated, reported] = await Promise.all([cli(["validate", input, "--json"], outputs), cli(["report", input, "-o", output], outputs)]);

    for (const ran of [validated, reported]) {
      expect({ file: hostile.file, code: ran.code, signal: ran.signal }).toEqual({ file: hostile.file, code: expect.any(Number), signal: null });
      expect([0, 1, 2]).toContain(ran.code);
      expect(ran.stderr).not.toMatch(STACK_FRAME);
      if (hostile.neverSays) expect(ran.stdout + ran.stderr).not.toMatch(hostile.neverSays);
    }
    expect(sha(await readFile(input))).toBe(sha(bytes));

    // validate --json: one object on stdout, whatever happened.
    const lines = validated.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]) as { file: string; error?: string; exitCode?: number; findings?: { rule: string; sheet: string; cell: string }[] };
    expect(answer.file).toBe(input);
    if (hostile.answer.kind === "checked") expect([0, 1]).toContain(validated.code);
    if (hostile.answer.kind === "refused") expect(validated.code).toBe(2);
    if (validated.code === 2) {
      expect(answer).toEqual({ file: input, error: validated.stderr.trim(), exitCode: 2 });
      expectHonestRefusal(hostile, answer.error!);
    } else {
      expect(Array.isArray(answer.findings)).toBe(true);
      const found = answer.findings!.map(({ rule, sheet, cell }) => ({ rule, sheet, cell }));
      if (hostile.answer.kind === "checked") for (const finding of hostile.answer.finds ?? []) expect(found).toContainEqual(finding);
    }

    // report: a whole workbook, or nothing at all, and never a file outside its folder.
    const written = await readdir(outputs);
    if (reported.code === 2) {
      expect(written).toEqual([]);
      expectHonestRefusal(hostile, reported.stderr.trim());
    } else {
      expect(written).toEqual(["report.xlsx"]);
      await expectWholeWorkbook(output);
    }
    if (hostile.answer.kind === "checked") expect([0, 1]).toContain(reported.code);
    expect((await readdir(folder)).sort()).toEqual([hostile.file, "out"].sort());
    expect(existsSync(join(dirname(folder), "budget-check-escaped.txt"))).toBe(false);
    expect(existsSync("/tmp/budget-check-escaped-absolute.txt")).toBe(false);
  }, 2 * TIME_LIMIT_MS + 30_000);
});
