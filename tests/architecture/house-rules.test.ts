/**
 * dependency-cruiser enforces the house's rules in `npm test` (.dependency-cruiser.cjs). A rule that never fires
 * proves nothing, so each is run here over a small tree that breaks it once, beside one that keeps them all.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(__dirname, "../..");

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

/** Writes the files (path → source) into a fresh folder and returns what dependency-cruiser finds there. */
function violationsIn(files: Readonly<Record<string, string>>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "house-rules-"));
  try {
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "commonjs", strict: true } }));
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    const cli = join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
    const args = [cli, "src", "--config", join(root, ".dependency-cruiser.cjs"), "--output-type", "json"];
    let output: string;
    try {
      output = execFileSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // Exits non-zero when it finds violations.
    }
    const { summary } = JSON.parse(output) as { summary: { violations: Violation[] } };
    return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const leaf = "export const x = 1;\n";

describe("the house's dependency rules", () => {
  it("finds nothing in a tree laid out as docs/architecture.md says", () => {
    expect(
      violationsIn({
        "src/core/value.ts": leaf,
        "src/workbook/port.ts": 'import { x } from "../core/value";\nexport const port = x;\n',
        "src/workbook/xlsx/reader.ts": 'import { port } from "../port";\nexport const reader = port;\n',
        "src/app/validate.ts": 'import { port } from "../workbook/port";\nexport const validate = port;\n',
        "src/cli/main.ts": 'import { validate } from "../app/validate";\nimport { reader } from "../workbook/xlsx/reader";\nexport const main = validate + reader;\n',
      }),
    ).toEqual([]);
  }, 60_000);

  it("fails an import cycle, type-only imports included, and each layer rule", () => {
    expect(
      violationsIn({
        "src/core/value.ts": 'import { main } from "../cli/main";\nexport const x = main;\n',
        "src/cli/main.ts": 'import type { Io } from "./io";\nexport const main = 1;\nexport type Main = Io;\n',
        "src/cli/io.ts": 'import type { Main } from "./main";\nexport type Io = Main;\n',
        "src/app/validate.ts": 'import { reader } from "../workbook/xlsx/reader";\nexport const validate = reader;\n',
        "src/workbook/xlsx/reader.ts": 'import { pane } from "../../taskpane/pane";\nexport const reader = pane;\n',
        "src/taskpane/pane.ts": 'import { main } from "../cli/main";\nimport { fake } from "../fake-excel/host";\nexport const pane = main + fake;\n',
        "src/fake-excel/host.ts": leaf.replace("x", "fake"),
      }),
    ).toEqual([
      "adapters-import-no-shell: src/workbook/xlsx/reader.ts → src/taskpane/pane.ts",
      "app-sees-core-and-port: src/app/validate.ts → src/workbook/xlsx/reader.ts",
      "core-is-pure: src/core/value.ts → src/cli/main.ts",
      "no-circular: src/cli/io.ts → src/cli/main.ts",
      "taskpane-imports-no-other-shell: src/taskpane/pane.ts → src/cli/main.ts",
      "test-host-stays-out-of-production: src/taskpane/pane.ts → src/fake-excel/host.ts",
    ]);
  }, 60_000);
});
