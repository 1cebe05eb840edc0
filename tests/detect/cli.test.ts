/** The command line on workbooks that name nothing: found tables in text and JSON, `--no-detect`, nothing found. */
import { dirname, join } from "node:path";
import { getSheet } from "../../scripts/sample/workbook-fixture";
import { run } from "../helpers/cli";
import { SAMPLE_SHEETS, seedFixture, writeFixtureFile } from "../helpers/sample";

// Folder runs check their files in worker processes, each starting its own Node (and tsx, from the sources).
jest.setTimeout(60_000);

const removals: (() => Promise<void>)[] = [];
let unnamed: string;
let nothing: string;

beforeAll(async () => {
  const withoutNames = seedFixture();
  withoutNames.names = [];
  const blank = seedFixture();
  blank.names = [];
  // Every sheet's cells gone but one line of prose: no header word anywhere.
  for (const sheet of blank.sheets) sheet.cells = {};
  getSheet(blank, SAMPLE_SHEETS.budget).cells.A1 = { value: "메모만 있는 통합 문서" };
  const written = await Promise.all([writeFixtureFile(withoutNames, "unnamed.xlsx"), writeFixtureFile(blank, "nothing.xlsx")]);
  [unnamed, nothing] = written.map((w) => w.path);
  removals.push(...written.map((w) => w.remove));
});

afterAll(async () => {
  for (const remove of removals) await remove();
});

describe("validate on a workbook without names", () => {
  it("checks the tables it finds and says each was found, not named", async () => {
    const result = await run("validate", unnamed, "--as-of", "2018-09-30");
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toContain("이름 없이 찾은 표: 장비!A3:J43 (장비)");
  });

  it("lists each range in JSON, the found ones with detected: true", async () => {
    const result = await run("validate", unnamed, "--as-of", "2018-09-30", "--json");
    const report = JSON.parse(result.stdout.join("\n"));
    expect(report.ranges).toContainEqual({ name: "장비!A3:J43", kind: "inventory", sheet: "장비", range: "A3:J43", detected: true });
    expect(report.ranges.every((r: { detected: boolean }) => r.detected)).toBe(true);
    expect(report.findings.filter((f: { rule: string }) => f.rule === "workbook/detected-table")).toHaveLength(report.ranges.length);
  });

  it("marks named ranges detected: false", async () => {
    const { SAMPLE_PATH } = await import("../helpers/sample");
    const report = JSON.parse((await run("validate", SAMPLE_PATH, "--json")).stdout.join("\n"));
    expect(report.ranges).toContainEqual({ name: "Inventory", kind: "inventory", sheet: "장비", range: "A3:J43", detected: false });
  });

  it("never searches the sheets it wrote itself: a report's summary adds no found table", async () => {
    const report = join(dirname(unnamed), "report.xlsx");
    expect((await run("report", unnamed, "-o", report, "--as-of", "2018-09-30")).code).toBe(0);
    const result = JSON.parse((await run("validate", report, "--as-of", "2018-09-30", "--json")).stdout.join("\n"));
    expect(result.ranges.map((r: { sheet: string }) => r.sheet)).not.toContain("요약");
    expect(result.ranges).toHaveLength(10);
  });

  it("keeps the strict contract with --no-detect, in a folder run too", async () => {
    expect((await run("validate", dirname(unnamed), "--as-of", "2018-09-30")).code).toBe(0);
    expect((await run("validate", dirname(unnamed), "--no-detect")).code).toBe(2);
  });

  it("keeps the strict contract with --no-detect: exit 2", async () => {
    const result = await run("validate", unnamed, "--no-detect", "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).not.toContain("These are the words looked for");
  });

  it("exits 2 when nothing is named and nothing found, listing the header words it looked for", async () => {
    const result = await run("validate", nothing, "--lang", "en");
    expect(result.code).toBe(2);
    const message = result.stderr.join("\n");
    expect(message).toContain("No table was found by its header words either. These are the words looked for.");
    expect(message).toMatch(/ {2}Inventory: .*관리번호.*취득일/);
    expect(message).toMatch(/ {2}Budget: .*예산액/);
  });
});
