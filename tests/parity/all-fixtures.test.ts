/**
 * Parity over every workbook in the repository: the CLI (ExcelJS) and the add-in (Office.js adapter on the fake
 * host) give the same findings in the same order, and write the same summary and companion sheets, cell by cell.
 * A file the CLI refuses, the fake host cannot load either, for the same reason. The fake host runs as Excel is
 * documented to (DOCUMENTED_EXCEL, docs/excel-host.md): merged areas by their top-left cell and at most 512 at
 * once, workbook names under every sheet's names, oversize answered `GeneralException`.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MESSAGES } from "../../src/cli/messages";
import type { Finding, Lang } from "../../src/core/finding";
import { renderMessage } from "../../src/core/messages";
import { createFakeExcel, DOCUMENTED_EXCEL, fakeWorkbookFromXlsx, type FakeWorkbook } from "../../src/fake-excel";
import type { CheckedOutcome } from "../../src/taskpane/host";
import { UnreadableWorkbookError } from "../../src/workbook/port";
import { addinOn, paneSettings } from "../helpers/addin";
import { run } from "../helpers/cli";
import { fixtureWorkbooks, itFor } from "../helpers/fixture-workbooks";
import { withLots, withMergedAmounts, withStaffBelowMergedHeader } from "../helpers/sample";
import { excelJsOf, xlsxContents } from "../helpers/workbook-snapshots";
import { contents } from "../workbook/office/write-helpers";

interface Case {
  readonly title: string;
  readonly path: string;
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly lang: Lang;
}

/** What the pane shows of a finding: the CLI's JSON keys, in the CLI's order (`cells` on a finding about many). */
const shown = ({ severity, rule, name, sheet, cell, message, cells }: Finding) => ({ severity, rule, name, sheet, cell, message, ...(cells && { cells }) });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-parity-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const FIXTURES = fixtureWorkbooks();
const CASES: Case[] = FIXTURES.map((f) => ({ title: f.name, path: f.path, fileName: f.fileName, bytes: f.bytes, lang: "ko" }));
const sample = FIXTURES.find((f) => f.fileName === "budget-check-sample.xlsx")!;
CASES.push({ title: `${sample.name} in English`, path: sample.path, fileName: sample.fileName, bytes: sample.bytes, lang: "en" });

describe("the CLI and the add-in on the fake host agree on every fixture workbook", () => {
  it("finds the sample and the corpus", () => {
    expect(FIXTURES.map((f) => f.name)).toContain("assets/samples/budget-check-sample.xlsx");
    expect(FIXTURES.filter((f) => f.name.startsWith("tests/fixtures/corpus/")).length).toBeGreaterThanOrEqual(26);
  });

  for (const c of CASES) {
    itFor({ name: c.title })(`${c.title}: same findings, same summary`, () => expectParity(c), 60_000);
  }

  const generated: [string, () => Promise<Buffer>][] = [
    ["a named range below a merged two-row header that starts outside it", withStaffBelowMergedHeader],
    ["a range of 600 merged areas", () => withMergedAmounts(600)],
  ];
  for (const [title, build] of generated) {
    it(`${title}: same findings, same summary`, async () => {
      const bytes = await build();
      const fileName = `${title.replace(/\W+/g, "-")}.xlsx`;
      const path = join(dir, fileName);
      await writeFile(path, bytes);
      await expectParity({ title, path, fileName, bytes, lang: "ko" });
    }, 60_000);
  }

  it("writes the companion sheets of a long replacement plan alike", async () => {
    const bytes = await withLots(540);
    const path = join(dir, "long-plan.xlsx");
    await writeFile(path, bytes);
    const sheets = await expectParity({ title: "long plan", path, fileName: "long-plan.xlsx", bytes, lang: "ko" });
    expect(sheets).toEqual(["요약", "교체 계획", "검증 결과"]);
  }, 60_000);
});

/** Runs both shells on the case and compares them; returns the names of the sheets written. */
async function expectParity(c: Case): Promise<string[]> {
  const langArgs = c.lang === "ko" ? [] : ["--lang", c.lang];
  const validated = await run("validate", c.path, "--json", ...langArgs);
  if (validated.code === 2) {
    await expectRefusedByBoth(c, validated.stderr.join("\n"));
    return [];
  }
  expect(validated.stderr).toEqual([]);
  const cli = JSON.parse(validated.stdout[0]) as { asOf: string; findings: ReturnType<typeof shown>[]; counts: object };

  const fake = documentedExcel(await fakeWorkbookFromXlsx(c.bytes, c.path));
  const host = addinOn(fake, c.fileName);
  const outcome = (await host.validate(paneSettings(c.lang), c.lang)) as CheckedOutcome;
  expect(outcome.kind).toBe("checked");
  expect(outcome.findings.map(shown)).toEqual(cli.findings);
  expect([outcome.asOf, outcome.counts]).toEqual([cli.asOf, cli.counts]);

  const out = join(dir, `${c.fileName}.${c.lang}.out.xlsx`);
  const reported = await run("report", c.path, "-o", out, ...langArgs);
  expect([reported.code, reported.stderr]).toEqual([validated.code, []]);
  // Validate stamps a clean workbook (the CLI's `stamp`); the summary is compared on the unstamped input, as `report` reads it.
  const unstamped = documentedExcel(await fakeWorkbookFromXlsx(c.bytes, c.path));
  const before = unstamped.workbook.sheets.map((s) => s.name);
  const generated = await addinOn(unstamped, c.fileName).generateSummary(paneSettings(c.lang), c.lang);
  expect(generated.kind).toBe("written");

  // The fake holds the input's worksheets, loaded through ExcelJS: what is new in either workbook was written.
  const file = await excelJsOf(await readFile(out), out);
  const fileSheets = file.worksheets.filter((w) => !before.includes(w.name));
  const fakeSheets = unstamped.workbook.sheets.filter((s) => !before.includes(s.name));
  expect(fakeSheets.map((s) => s.name)).toEqual(fileSheets.map((w) => w.name));
  fileSheets.forEach((worksheet, i) => {
    const written = contents(fakeSheets[i]);
    expect(Object.keys(written).length).toBeGreaterThan(10);
    expect({ sheet: worksheet.name, cells: written }).toEqual({ sheet: worksheet.name, cells: xlsxContents(worksheet) });
    expect([...fakeSheets[i].merges].sort()).toEqual([...worksheet.model.merges].sort());
  });
  return fakeSheets.map((s) => s.name);
}

/** The CLI refused the file (exit 2): the fake host cannot load it, for the reason and with the detail the CLI gave. */
async function expectRefusedByBoth(c: Case, stderr: string): Promise<void> {
  const loaded = await fakeWorkbookFromXlsx(c.bytes, c.path).catch((error: unknown) => ({ refused: error }));
  if (!("refused" in loaded)) {
    // Readable, but none of our names: the pane shows the same empty state.
    expect((await addinOn(documentedExcel(loaded), c.fileName).validate(paneSettings(c.lang), c.lang)).kind).toBe("no-names");
    return;
  }
  expect(loaded.refused).toBeInstanceOf(UnreadableWorkbookError);
  const { reason, detail } = loaded.refused as UnreadableWorkbookError;
  expect(stderr).toBe(renderMessage(CLI_MESSAGES[reason], { file: c.path, detail }, c.lang));
}

function documentedExcel(workbook: FakeWorkbook) {
  return createFakeExcel(workbook, DOCUMENTED_EXCEL);
}
