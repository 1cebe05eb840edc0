/**
 * The command line's bundle (bin/cli-bundle.js): when it may run, and what bin/budget-check.js does when it may
 * not, on a copy of the repository (its bin/, src/ and package.json, node_modules linked).
 */
import { spawnSync } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Judgement = { state: "fresh" | "touched" | "absent" } | { state: "stale"; changed: string };
type Manifest = { builtAt: number; hash: string; inputs: string[] };
// Plain JavaScript, so that a start needs no TypeScript: typed here by what the tests use of it.
const { judgeBundle } = require("../../bin/cli-bundle.js") as {
  judgeBundle: (manifest: Manifest | undefined, modifiedAt: (input: string) => number | undefined, hashOf: (inputs: string[]) => string) => Judgement;
};

jest.setTimeout(120_000);

describe("judgeBundle", () => {
  const manifest: Manifest = { builtAt: 10_000, hash: "built", inputs: ["src/cli/run.ts", "src/cli/io.ts"] };
  const never = () => {
    throw new Error("hashed the sources when their times said enough");
  };

  it("finds no bundle without a manifest", () => {
    expect(judgeBundle(undefined, () => 0, never)).toEqual({ state: "absent" });
  });

  it("runs a bundle built after every source was saved, without hashing them", () => {
    expect(judgeBundle(manifest, () => 1_000, never)).toEqual({ state: "fresh" });
  });

  it("hashes the sources when one was saved a moment before the build: a file system may round its time down", () => {
    expect(judgeBundle(manifest, () => 9_500, () => "other")).toEqual({ state: "stale", changed: "src/cli/run.ts" });
  });

  it("runs a bundle whose sources were saved since, unchanged", () => {
    expect(judgeBundle(manifest, (input) => (input === "src/cli/io.ts" ? 20_000 : 999), () => "built")).toEqual({ state: "touched" });
  });

  it("names a source changed since the build", () => {
    expect(judgeBundle(manifest, (input) => (input === "src/cli/io.ts" ? 20_000 : 999), () => "other")).toEqual({ state: "stale", changed: "src/cli/io.ts" });
  });

  it("names a source gone since the build", () => {
    expect(judgeBundle(manifest, (input) => (input === "src/cli/run.ts" ? undefined : 999), never)).toEqual({ state: "stale", changed: "src/cli/run.ts" });
  });
});

describe("bin/budget-check.js on a copy of the repository", () => {
  const ROOT = join(__dirname, "../..");
  let copy: string;
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(copy, "bin/budget-check.js"), ...args], { cwd: copy, encoding: "utf8" });
  const messages = () => join(copy, "src/cli/messages.ts");

  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), "budget-check-bundle-"));
    for (const part of ["bin", "src", "package.json"]) await cp(join(ROOT, part), join(copy, part), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  });

  afterAll(() => rm(copy, { recursive: true, force: true }));

  it("runs from the TypeScript sources while there is no bundle", () => {
    const run = cli("help");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("budget-check validate");
  });

  it("runs the bundle `npm run build:cli` made", async () => {
    expect(spawnSync(process.execPath, [join(copy, "bin/cli-bundle.js")], { cwd: copy }).status).toBe(0);
    const manifest = JSON.parse(await readFile(join(copy, "dist-cli/manifest.json"), "utf8")) as Manifest;
    expect(manifest.inputs).toContain("src/cli/run.ts");
    expect(manifest.inputs).toContain("src/cli/folder/worker.ts");
    // The bundle, not the sources: a word planted in the bundle alone is printed.
    const bundle = join(copy, "dist-cli/cli.js");
    await writeFile(bundle, (await readFile(bundle, "utf8")).replace("budget-check validate FILE.xlsx", "budget-check validate BUNDLED.xlsx"));
    expect(cli("help").stdout).toContain("BUNDLED.xlsx");
  });

  it("checks a folder's files on worker processes that run the bundle too", async () => {
    const worker = join(copy, "dist-cli/worker.js");
    await writeFile(worker, (await readFile(worker, "utf8")).replaceAll("텍스트로 저장된 숫자입니다", "WORKER-BUNDLE"));
    const run = cli("validate", join(ROOT, "assets/samples"));
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("WORKER-BUNDLE");
    expect(run.stdout).not.toContain("텍스트로 저장된 숫자입니다");
  });

  it("rebuilds the bundle when a source changed, and runs the change", async () => {
    await writeFile(messages(), (await readFile(messages(), "utf8")).replace("budget-check validate FILE.xlsx", "budget-check validate EDITED.xlsx"));
    const run = cli("help");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("EDITED.xlsx");
    expect(run.stdout).not.toContain("BUNDLED.xlsx");
    expect(await readFile(join(copy, "dist-cli/cli.js"), "utf8")).toContain("EDITED.xlsx");
  });

  it("refuses a stale bundle it cannot rebuild, naming the source, and runs nothing", async () => {
    await appendFile(messages(), "\nexport const broken = ;\n");
    const run = cli("help");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("src/cli/messages.ts");
    expect(run.stderr).toContain("npm run build:cli");
  });
});
