/**
 * The CLI's outputs, text and JSON, character for character as they were before they were written in pieces
 * (tests/cli/golden/, made by the joined-string formatters they replaced), both ways a shell prints them: joined
 * and handed to `stdout` (the tests' io), and piece by piece through `write` (the process's io). When a message or
 * rule changes on purpose, `UPDATE_GOLDEN=1 npx jest tests/cli/output-golden` writes the files again.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { run } from "../helpers/cli";
import { SAMPLE_PATH, SEED_NOW, withLots } from "../helpers/sample";

jest.setTimeout(60_000);

const GOLDEN = join(__dirname, "golden");
const OFFICE_SAMPLE = join(__dirname, "../../assets/samples/budget-check-office-sample.xlsx");
const RELATIVE_SAMPLE = "assets/samples/budget-check-sample.xlsx";
const RELATIVE_OFFICE = "assets/samples/budget-check-office-sample.xlsx";

let dir: string;
const cases: Record<string, () => string[]> = {
  "sample-ko": () => ["validate", RELATIVE_SAMPLE],
  "sample-en": () => ["validate", RELATIVE_SAMPLE, "--lang", "en"],
  "office-ko": () => ["validate", RELATIVE_OFFICE],
  "accepted-ko": () => ["validate", join(dir, "accepted.xlsx")],
  "lots-600-ko": () => ["validate", join(dir, "lots-600.xlsx")],
  "sample-json": () => ["validate", RELATIVE_SAMPLE, "--json"],
  "office-json": () => ["validate", RELATIVE_OFFICE, "--json"],
  "accepted-json": () => ["validate", join(dir, "accepted.xlsx"), "--json"],
  "lots-600-json": () => ["validate", join(dir, "lots-600.xlsx"), "--json"],
  "folder-ko": () => ["validate", join(dir, "folder")],
  "folder-json": () => ["validate", join(dir, "folder"), "--json"],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-golden-"));
  await mkdir(join(dir, "folder"));
  await writeFile(join(dir, "lots-600.xlsx"), await withLots(600));
  await copyFile(SAMPLE_PATH, join(dir, "folder/a.xlsx"));
  await copyFile(OFFICE_SAMPLE, join(dir, "folder/b.xlsx"));
  const accepted = await run(
    "accept", RELATIVE_SAMPLE, "--rule", "inventory/overdue", "--cell", "장비!F11", "--reason", "예산 부족으로 내년 교체", "--by", "김주무관",
    "-o", join(dir, "accepted.xlsx"),
  );
  expect(accepted.stderr).toEqual([]);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** The output with the temporary folder's path written `<dir>`, as the golden files have it. */
const portable = (text: string) => text.split(dir).join("<dir>");

const goldenPath = (name: string) => join(GOLDEN, `${name}.txt`);

describe.each(Object.keys(cases))("%s", (name) => {
  it("prints what the joined-string formatters printed", async () => {
    const result = await run(...cases[name]());
    const printed = portable(result.stdout.join("\n"));
    if (process.env.UPDATE_GOLDEN === "1") await writeFile(goldenPath(name), printed);
    expect(printed).toBe(await readFile(goldenPath(name), "utf8"));
  });

  it("writes the same characters piece by piece, with a newline after", async () => {
    // One stream, as a terminal shows it: a folder's total still goes through stdout, after the files' pieces.
    const out: string[] = [];
    const io = { stdout: (text: string) => out.push(`${text}\n`), stderr: () => undefined, write: (piece: string) => void out.push(piece) };
    await main(cases[name](), { ...io, clock: () => SEED_NOW, color: false });
    expect(portable(out.join(""))).toBe(`${await readFile(goldenPath(name), "utf8")}\n`);
  });
});
