import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>;
};
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const readme = readFileSync(join(root, "README.md"), "utf8");

/**
 * Runtime packages whose install script we know we do without: npm 11 skips install scripts it was not
 * told to allow, and each of these works without its own.
 */
const INSTALL_SCRIPTS_NOT_NEEDED: Record<string, string> = {
  // tsx's compiler: the postinstall only verifies the platform binary, which npm installs as an optional dependency.
  "node_modules/esbuild": "tsx",
};

describe("dependencies", () => {
  it("has a clean production tree (npm ls --omit=dev)", () => {
    const result = spawnSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { problems?: string[] }).problems ?? []).toEqual([]);
  }, 60_000);

  it("needs no install script of a runtime package to work", () => {
    const scripted = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.hasInstallScript && !entry.dev)
      .map(([path]) => path);
    expect(scripted.filter((path) => !(path in INSTALL_SCRIPTS_NOT_NEEDED))).toEqual([]);
  });

  it("justifies every runtime dependency in the README", () => {
    const section = readme.slice(readme.indexOf("## Dependencies and why"));
    for (const name of Object.keys(pkg.dependencies)) expect(section).toContain(`\`${name}\``);
  });
});
