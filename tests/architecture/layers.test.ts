import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const core = join(root, "src", "core");
const app = join(root, "src", "app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3]);
}

describe("architecture", () => {
  it("keeps src/core pure: it imports only other modules of src/core (no Office.js, Node, React or ExcelJS)", () => {
    const files = sourceFiles(core);
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith(".") || relative(core, resolve(dirname(file), spec)).startsWith(".."))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("uses no host globals in src/core", () => {
    const hostGlobals = /\b(Office|Excel|OfficeExtension|process|Buffer|require|window|document)\s*[.(]/;
    // Code only: comments and string literals may name the hosts.
    const code = (file: string) =>
      readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
    const offending = sourceFiles(core).filter((file) => hostGlobals.test(code(file)));
    expect(offending.map((f) => relative(root, f))).toEqual([]);
  });

  it("writes the use cases (src/app) against the port: they import the core, the port and each other, no adapter nor shell", () => {
    const allowed = (target: string) =>
      target.startsWith("src/core/") || target.startsWith("src/app/") || ["src/workbook/port", "package.json"].includes(target);
    const files = sourceFiles(app);
    expect(files.length).toBeGreaterThan(5);
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith(".") || !allowed(relative(root, resolve(dirname(file), spec)).split("\\").join("/")))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
