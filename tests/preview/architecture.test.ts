import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const preview = join(root, "src", "preview");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the preview and its Office shim", () => {
  it("are never imported by production code", () => {
    const offending = sourceFiles(join(root, "src"))
      .filter((file) => !file.startsWith(preview))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/(?:from\s*|import\(\s*|require\(\s*)["']([^"']+)["']/g)]
          .map((m) => m[1])
          .filter((spec) => spec.startsWith(".") && resolve(dirname(file), spec).startsWith(preview))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it("are built by their own webpack configuration, into dist-preview/", () => {
    const production = readFileSync(join(root, "webpack.config.js"), "utf8");
    expect(production).not.toMatch(/src\/preview|dist-preview/);
    expect(readFileSync(join(root, "webpack.preview.config.js"), "utf8")).toMatch(/"dist-preview"/);
  });
});
