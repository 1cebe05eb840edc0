// @ts-check
// The command line's prebuilt bundle: src/cli bundled by esbuild into dist-cli/ (git-ignored), so that a command
// starts without compiling TypeScript. Built by `npm ci` (the `prepare` script runs this file) and by
// `npm run build:cli`; bin/budget-check.js asks `bundleToRun` before every run whether the bundle still matches
// the sources. Plain JavaScript: it runs before anything could compile TypeScript.
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..");
const BUNDLE_DIR = join(ROOT, "dist-cli");
const MANIFEST = join(BUNDLE_DIR, "manifest.json");
/** The main thread's entry and the folder mode's worker, bundled side by side: the pool starts `worker.js` beside `cli.js`. */
const ENTRIES = { cli: "src/cli/run.ts", worker: "src/cli/folder/worker.ts" };

/** File systems that keep modification times to the second or two: a source saved that close before the build may be newer. */
const COARSE_CLOCK_MS = 2000;

/**
 * @typedef {{ builtAt: number, hash: string, inputs: string[] }} Manifest  what a build recorded: when, the hash
 *   of its sources' contents, and the sources (paths from the repository's root)
 * @typedef {{ state: "fresh" } | { state: "touched" } | { state: "absent" } | { state: "stale", changed: string }} Judgement
 *   touched: fresh, though a source was saved after the build unchanged
 */

/**
 * Whether the bundle may run, from what its build recorded and the sources as they are now: fresh when no source
 * was modified after the build (or just before it, within COARSE_CLOCK_MS); touched when some were but all still hash to what was built (a checkout that
 * touches files without changing them); stale, naming a source, when one is missing or its contents changed.
 * Pure: `modifiedAt` gives a source's modification time (undefined when it is gone), `hashOf` the hash of them all.
 * @param {Manifest | undefined} manifest
 * @param {(input: string) => number | undefined} modifiedAt
 * @param {(inputs: string[]) => string} hashOf
 * @returns {Judgement}
 */
function judgeBundle(manifest, modifiedAt, hashOf) {
  if (manifest === undefined) return { state: "absent" };
  let newer;
  for (const input of manifest.inputs) {
    const time = modifiedAt(input);
    if (time === undefined) return { state: "stale", changed: input };
    if (newer === undefined && time > manifest.builtAt - COARSE_CLOCK_MS) newer = input;
  }
  if (newer === undefined) return { state: "fresh" };
  if (hashOf(manifest.inputs) === manifest.hash) return { state: "touched" };
  return { state: "stale", changed: newer };
}

/** @param {string[]} inputs */
function hashSources(inputs) {
  // Required here: most starts find every source older than the build and hash nothing.
  const hash = require("node:crypto").createHash("sha256");
  for (const input of inputs) hash.update(`${input}\0`).update(readFileSync(join(ROOT, input))).update("\0");
  return hash.digest("hex");
}

/** @param {string} input */
function modifiedAt(input) {
  return statSync(join(ROOT, input), { throwIfNoEntry: false })?.mtimeMs;
}

/** @returns {Manifest | undefined} */
function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return undefined;
  }
}

/** @returns {Judgement} */
function judgeInstalledBundle() {
  const manifest = readManifest();
  const judgement = judgeBundle(manifest, modifiedAt, hashSources);
  // Dated again, so that the next start need not hash the sources to find them unchanged.
  if (manifest !== undefined && judgement.state === "touched") writeManifest({ ...manifest, builtAt: Date.now() });
  return judgement;
}

/**
 * Bundles the entries into dist-cli/ with esbuild (a devDependency: present after `npm ci`) and records the
 * sources that went in. Each file is written beside its place and renamed into it, the manifest last, so that a
 * command starting meanwhile finds the old bundle or the new one, never half of one.
 */
function buildBundle() {
  const builtAt = Date.now();
  const { buildSync } = require("esbuild");
  const result = buildSync({
    entryPoints: ENTRIES,
    outdir: BUNDLE_DIR,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    // Korean messages as they are written, not escaped: the bundle reads as its sources.
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "error",
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  mkdirSync(BUNDLE_DIR, { recursive: true });
  for (const { path, text } of result.outputFiles) writeInPlace(path, text);
  writeManifest({ builtAt, hash: hashSources(inputs), inputs });
}

/** @param {Manifest} manifest */
function writeManifest(manifest) {
  writeInPlace(MANIFEST, `${JSON.stringify(manifest)}\n`);
}

/**
 * @param {string} path
 * @param {string} text
 */
function writeInPlace(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * The bundle's main module, rebuilt first when the sources changed since it was built; undefined when there is
 * none (the command then runs from the TypeScript sources through tsx). Throws, naming the changed source and
 * what to do, when a stale bundle cannot be rebuilt: a stale bundle never runs.
 */
function bundleToRun() {
  const judgement = judgeInstalledBundle();
  if (judgement.state === "absent") return undefined;
  if (judgement.state === "stale") {
    try {
      buildBundle();
    } catch (error) {
      throw new Error(staleMessage(judgement.changed, error));
    }
  }
  return join(BUNDLE_DIR, "cli.js");
}

/**
 * @param {string} changed
 * @param {unknown} error
 */
function staleMessage(changed, error) {
  const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return (
    `dist-cli/의 번들이 소스보다 오래되어(${changed}이(가) 바뀌었습니다) 다시 만들려 했으나 실패했습니다: ${why}. ` +
    "`npm run build:cli`로 다시 만들거나 dist-cli/ 폴더를 지우십시오(지우면 TypeScript 소스로 실행합니다).\n" +
    `The bundle in dist-cli/ is older than the sources (${changed} changed) and could not be rebuilt: ${why}. ` +
    "Rebuild it with `npm run build:cli`, or delete dist-cli/ to run from the TypeScript sources."
  );
}

module.exports = { judgeBundle, bundleToRun };

if (require.main === module) {
  // `npm ci` runs this as `prepare`; an install without devDependencies has no esbuild, and runs through tsx.
  try {
    require.resolve("esbuild");
  } catch {
    process.stderr.write("budget-check: esbuild is not installed; the command line will run from its TypeScript sources (tsx).\n");
    process.exit(0);
  }
  buildBundle();
  process.stdout.write(`budget-check: bundled into ${relative(process.cwd(), BUNDLE_DIR) || "."}/\n`);
}
