import { join } from "node:path";
import expected from "../fixtures/corpus/expected.json";
import { run } from "../helpers/cli";

interface Expectation {
  file: string;
  about: string;
  exitCode: number;
  stderr?: string[];
  findings?: { rule: string; sheet?: string; cell?: string; name?: string; message?: string }[];
  errors?: number;
}

interface JsonFinding {
  severity: string;
  rule: string;
  name: string;
  sheet: string;
  cell: string;
  message: string;
}

const CORPUS = join(__dirname, "../fixtures/corpus");
const STACK_FRAME = /^\s+at .+[:(]/m;

describe("the corpus of broken workbooks (scripts/corpus/build-corpus.ts)", () => {
  it.each((expected as Expectation[]).map((e) => [e.file, e] as const))("%s", async (_, expectation) => {
    const result = await run("validate", join(CORPUS, expectation.file), "--json");
    expect(result.code).toBe(expectation.exitCode);
    const stderr = result.stderr.join("\n");
    expect(stderr).not.toMatch(STACK_FRAME);
    for (const text of expectation.stderr ?? []) expect(stderr).toContain(text);
    if (expectation.exitCode === 2) {
      // --json answers on stdout even then: one object, the file's failure, as a folder run lists it.
      expect(result.stdout.map((line) => JSON.parse(line) as unknown)).toEqual([{ file: join(CORPUS, expectation.file), error: stderr, exitCode: 2 }]);
      return;
    }
    expect(stderr).toBe("");
    const { findings } = JSON.parse(result.stdout[0]) as { findings: JsonFinding[] };
    for (const want of expectation.findings ?? []) {
      const match = findings.find(
        (f) =>
          f.rule === want.rule &&
          (want.sheet === undefined || f.sheet === want.sheet) &&
          (want.cell === undefined || f.cell === want.cell) &&
          (want.name === undefined || f.name === want.name) &&
          (want.message === undefined || f.message.includes(want.message)),
      );
      expect({ want, found: match !== undefined }).toEqual({ want, found: true });
    }
    if (expectation.errors !== undefined) {
      expect(findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toHaveLength(expectation.errors);
    }
  }, 60_000);
});
