/**
 * The two builds the preview and the e2e tests serve: the production pane (dist/, `npm run build`) and the
 * preview with its shim (dist-preview/, `npm run build:preview`). Each is rebuilt only when missing or older
 * than its sources, so whoever just built pays nothing and a clean clone builds both, side by side.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { OFFICE_JS_CDN } from "./office-js";
import { ROOT } from "./paths";

const WEBPACK = require.resolve("webpack-cli/bin/cli.js");

interface Build {
  readonly config: string;
  /** The output whose age stands for the build's. */
  readonly output: string;
  /** False when the output exists but is not what this build makes (a development build in dist/). */
  readonly isOurs: (output: string) => boolean;
}

const BUILDS: readonly Build[] = [
  // `npm run build:dev` writes dist/ too, with Office.js from the package instead of the CDN.
  {
    config: "webpack.config.js",
    output: "dist/taskpane.html",
    isOurs: (html) => readFileSync(html, "utf8").includes(OFFICE_JS_CDN),
  },
  { config: "webpack.preview.config.js", output: "dist-preview/office-shim.js", isOurs: () => true },
];

/** Builds whatever is stale, saying so through `log`; resolves when both builds are current. */
export async function ensureBuilt(log: (message: string) => void = () => undefined): Promise<void> {
  const sources = newest([join(ROOT, "src"), join(ROOT, "package-lock.json"), join(ROOT, "tsconfig.json")]);
  const stale = BUILDS.filter(({ config, output, isOurs }) => {
    const file = join(ROOT, output);
    return !existsSync(file) || !isOurs(file) || Math.max(sources, newest([join(ROOT, config)])) > statSync(file).mtimeMs;
  });
  if (stale.length > 0)
    log(`Building ${stale.map((build) => build.output.split("/")[0]).join(" and ")} (webpack --mode production)…`);
  await Promise.all(stale.map(({ config }) => webpack(config)));
}

async function webpack(config: string): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [WEBPACK, "--mode", "production", "--config", config], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack --config ${config} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** The latest modification time among these files and everything under these folders. */
function newest(paths: readonly string[]): number {
  return Math.max(
    0,
    ...paths
      .filter((path) => existsSync(path))
      .map((path) => {
        const stat = statSync(path);
        if (!stat.isDirectory()) return stat.mtimeMs;
        return newest(readdirSync(path).map((name) => join(path, name)));
      }),
  );
}
