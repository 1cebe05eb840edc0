import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const fake = join(root, "src", "fake-excel");
/** Where the fake host may be used: itself, and the browser preview that shows it. */
const ALLOWED = [fake, join(root, "src", "preview")];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the fake Excel host", () => {
  it("is never imported by production code (src/ outside the fake and the preview)", () => {
    const offending = sourceFiles(join(root, "src"))
      .filter((file) => !ALLOWED.some((dir) => file.startsWith(dir)))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/(?:from\s*|import\(\s*|require\(\s*)["']([^"']+)["']/g)]
          .map((m) => m[1])
          .filter((spec) => spec.startsWith(".") && resolve(dirname(file), spec).startsWith(fake))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });
});
