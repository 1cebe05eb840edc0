import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureToXlsx } from "../../scripts/sample/workbook-fixture";
import { inInputOrder } from "../../src/cli/folder/in-input-order";
import { checkFiles } from "../../src/cli/folder/pool";
import { main } from "../../src/cli/main";
import { SEED_NOW, SEED_TODAY, seedFixture } from "../helpers/sample";

jest.setTimeout(60_000);

/** A CLI run in-process whose every line carries the moment it was printed. */
async function timedRun(...argv: string[]) {
  const lines: { stream: "stdout" | "stderr"; text: string; at: number }[] = [];
  const line = (stream: "stdout" | "stderr") => (text: string) => lines.push({ stream, text, at: Date.now() });
  const started = Date.now();
  const workerModule = join(__dirname, "workers/stalling-worker.ts");
  const code = await main(argv, { stdout: line("stdout"), stderr: line("stderr"), clock: () => SEED_NOW, color: false, workerModule });
  return { code, lines, started, ended: Date.now() };
}

let root: string;
let good: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "budget-check-timeout-"));
  good = join(root, "good.xlsx");
  await writeFile(good, await fixtureToXlsx(seedFixture()));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("results in the order listed, as soon as they can be", () => {
  it("passes each result on once every one before it has been", () => {
    const delivered: string[] = [];
    const push = inInputOrder((item: string) => delivered.push(item));
    push(2, "c");
    expect(delivered).toEqual([]);
    push(0, "a");
    expect(delivered).toEqual(["a"]);
    push(1, "b");
    expect(delivered).toEqual(["a", "b", "c"]);
    push(3, "d");
    expect(delivered).toEqual(["a", "b", "c", "d"]);
  });
});

describe("the pool with a file that never finishes", () => {
  it("stops the worker stuck past the time, reports that file as timed out, and checks the rest on a new worker", async () => {
    const files = [good, join(root, "spin.xlsx"), good, good];
    const tasks = files.map((file) => ({ file, today: SEED_TODAY, lang: "en" as const, figures: false }));
    const order: number[] = [];
    const started = Date.now();
    const checked = await checkFiles(tasks, {
      size: 1,
      timeoutSeconds: 1.5,
      workerModule: join(__dirname, "workers/spinning-worker.ts"),
      onChecked: (index) => order.push(index),
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(checked.map((c) => c.outcome.kind)).toEqual(["checked", "failed", "checked", "checked"]);
    expect(checked[1].outcome).toEqual({ kind: "failed", file: files[1], message: `${files[1]}: timed out after 1.5 s; the other files were still checked (--file-timeout allows longer).` });
    // The spinning worker could not go on: the files after it were checked on another.
    expect(checked[2].workerId).not.toBe(checked[1].workerId);
    expect(checked[3].workerId).toBe(checked[2].workerId);
  });
});

describe("validate DIR --file-timeout, with a file that never arrives (a stalled network share)", () => {
  let folder: string;
  let fifo: string;

  beforeAll(async () => {
    folder = join(root, "share");
    await mkdir(folder);
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx"]) await writeFile(join(folder, name), await readFile(good));
    // The workers of these runs never answer for this file (workers/stalling-worker.ts), as a dead share never does.
    fifo = join(folder, "d-stalled.xlsx");
    await writeFile(fifo, await readFile(good));
  });

  it("prints the other files' results before the stalled one times out, then its error, and exits 2", async () => {
    const { code, lines, started, ended } = await timedRun("validate", folder, "--file-timeout", "3");
    expect(code).toBe(2);
    const stdout = lines.filter((l) => l.stream === "stdout");
    const stderr = lines.filter((l) => l.stream === "stderr");
    expect(stdout.map((l) => l.text.split("\n")[0]).slice(0, 3)).toEqual(["a", "b", "c"].map((n) => `${join(folder, `${n}.xlsx`)} · 기준일 2018-09-30`));
    expect(stderr.map((l) => l.text)).toEqual([
      `${fifo}: 시간 초과: 3초 안에 검사를 마치지 못했습니다. 다른 파일은 계속 검사했습니다 (--file-timeout으로 시간을 늘릴 수 있습니다).`,
    ]);
    // The three results came out while the stalled file was still being waited for.
    for (const l of stdout.slice(0, 3)) expect(l.at).toBeLessThan(stderr[0].at);
    expect(stderr[0].at - started).toBeGreaterThanOrEqual(3_000);
    expect(stdout.at(-1)!.text).toMatch(/^합계 \(4개 파일\): 오류 0 · 경고 \d+ · 정보 \d+ · 읽지 못한 파일 1개 — 읽지 못한 파일이 있습니다\.$/);
    expect(ended - started).toBeLessThan(30_000);
  });

  it("lists the stalled file in the one JSON object, with its error and exit code 2", async () => {
    const { code, lines } = await timedRun("validate", folder, "--file-timeout", "3", "--json", "--lang", "en");
    expect(code).toBe(2);
    expect(lines.map((l) => l.stream)).toEqual(["stdout"]);
    const { files } = JSON.parse(lines[0].text) as { files: { file: string; error?: string; exitCode?: number; counts?: unknown }[] };
    expect(files.map((f) => f.file)).toEqual([...["a", "b", "c"].map((n) => join(folder, `${n}.xlsx`)), fifo]);
    expect(files.slice(0, 3).every((f) => f.counts !== undefined)).toBe(true);
    expect(files[3]).toEqual({ file: fifo, error: `${fifo}: timed out after 3 s; the other files were still checked (--file-timeout allows longer).`, exitCode: 2 });
  });
});

describe("the command itself on a pipe or a device", () => {
  /** The real command, killed only if it hangs: the test then fails on the signal, not on a jest timeout. */
  async function run(...args: string[]) {
    const cli = join(__dirname, "../../bin/run-from-source.js");
    const child = spawn(process.execPath, [cli, ...args, "--lang", "en"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const hung = setTimeout(() => child.kill("SIGKILL"), 45_000);
    const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    clearTimeout(hung);
    return { code, signal, stdout, stderr };
  }

  it("refuses a named pipe nobody writes to, alone or in a folder, rather than wait for it for ever", async () => {
    const folder = join(root, "with-a-pipe");
    await mkdir(folder);
    await writeFile(join(folder, "a.xlsx"), await readFile(good));
    const fifo = join(folder, "b.xlsx");
    execFileSync("mkfifo", [fifo]);
    const refused = `${fifo}: not a regular file (a folder, a device, a pipe…), so it was not read. Name a workbook file.`;

    const alone = await run("validate", fifo);
    expect([alone.signal, alone.code]).toEqual([null, 2]);
    expect(alone.stderr.trim()).toBe(refused);

    const inFolder = await run("validate", folder);
    expect([inFolder.signal, inFolder.code]).toEqual([null, 2]);
    expect(inFolder.stderr.trim()).toBe(refused);
    expect(inFolder.stdout).toMatch(/Total \(2 files\): .* · 1 unreadable/);
  });

  it("refuses a device that never ends", async () => {
    const zero = await run("validate", "/dev/zero");
    expect([zero.signal, zero.code]).toEqual([null, 2]);
    expect(zero.stderr.trim()).toBe("/dev/zero: not a regular file (a folder, a device, a pipe…), so it was not read. Name a workbook file.");
  });
});

describe("--file-timeout on the command line", () => {
  it.each(["0", "-1", "abc", "", "100000"])("refuses %p with the usage, exit 2", async (value) => {
    const { code, lines } = await timedRun("validate", good, `--file-timeout=${value}`);
    expect(code).toBe(2);
    expect(lines[0].text).toContain(`--file-timeout은 0보다 크고 86400(하루) 이하인 초 수여야 합니다: ${value}`);
  });

  it("is not an option of the one-file commands that write a record", async () => {
    const { code, lines } = await timedRun("stamp", good, "-o", join(root, "x.xlsx"), "--file-timeout", "5");
    expect(code).toBe(2);
    expect(lines[0].text).toContain("file-timeout");
  });
});
