import ExcelJS from "exceljs";
import JSZip from "jszip";
import { availableParallelism } from "node:os";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureToXlsx, patchCell } from "../../scripts/sample/workbook-fixture";
import { checkFiles, poolSize } from "../../src/cli/folder/pool";
import { readRecordFromXlsx, writeRecordIntoXlsx } from "../../src/workbook/xlsx";
import { run, type Run } from "../helpers/cli";
import { SAMPLE_SHEETS, SEED_TODAY, seedFixture } from "../helpers/sample";

jest.setTimeout(60_000);

interface JsonFinding {
  severity: string;
  rule: string;
  sheet: string;
  cell: string;
}
type Counts = { error: number; warning: number; info: number };
type JsonAccepted = JsonFinding & { reason: string };
type JsonReport = { file: string; asOf: string; findings: JsonFinding[]; accepted?: JsonAccepted[]; counts: Counts & { accepted?: number } };
type JsonFile = JsonReport | { file: string; error: string; exitCode: number };
interface FolderJson {
  files: JsonFile[];
  counts: Counts & { accepted?: number };
}

function json<T>(result: Run): T {
  expect(result.stdout).toHaveLength(1);
  return JSON.parse(result.stdout[0]) as T;
}

const PLANTED = { severity: "error", rule: "budget/total-mismatch", sheet: SAMPLE_SHEETS.budget, cell: "B4" };
const NAMES = ["div-a.xlsx", "div-b.xlsx", "div-c.xlsx"];

let root: string;
let folder: string;
let withBroken: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "budget-check-folder-"));
  folder = join(root, "district");
  withBroken = join(root, "with-broken");
  await mkdir(folder);
  await mkdir(withBroken);
  const clean = await fixtureToXlsx(seedFixture());
  const planted = seedFixture();
  patchCell(planted, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + 90 });
  await writeFile(join(folder, NAMES[0]), clean);
  await writeFile(join(folder, NAMES[1]), await fixtureToXlsx(planted));
  await writeFile(join(folder, NAMES[2]), clean);
  // Excel's lock file while div-a.xlsx is open: not a workbook, and never checked.
  await writeFile(join(folder, `~$${NAMES[0]}`), "lock");
  for (const name of NAMES) await copyFile(join(folder, name), join(withBroken, name));
  await writeFile(join(withBroken, "broken.xlsx"), "not a workbook\n");
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("validate DIR", () => {
  it("prints each file's result in name order, then the combined counts, and exits 1 for the planted error", async () => {
    const result = await run("validate", folder);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toHaveLength(4);
    NAMES.forEach((name, i) => expect(result.stdout[i].split("\n")[0]).toBe(`${join(folder, name)} · 기준일 2018-09-30`));
    expect(result.stdout[1]).toContain("[budget/total-mismatch]");
    expect(result.stdout[3]).toMatch(/^합계 \(3개 파일\): 오류 1 · 경고 \d+ · 정보 \d+ — 오류가 있습니다\.$/);
  });

  it("prints one combined JSON object: each file's single-file object, and the counts summed", async () => {
    const result = await run("validate", folder, "--json");
    expect(result.code).toBe(1);
    const combined = json<FolderJson>(result);
    expect(combined.files.map((f) => f.file)).toEqual(NAMES.map((n) => join(folder, n)));
    for (const [i, name] of NAMES.entries()) {
      // The same object the single-file command prints for that file.
      const single = await run("validate", join(folder, name), "--json");
      expect(combined.files[i]).toEqual(json(single));
    }
    const reports = combined.files.flatMap((f) => ("findings" in f ? [f] : []));
    const sum = (key: keyof Counts) => reports.reduce((acc, f) => acc + f.counts[key], 0);
    expect(combined.counts).toEqual({ error: 1, warning: sum("warning"), info: sum("info") });
    const errors = reports.flatMap((f) => f.findings.filter((x) => x.severity === "error").map((x) => ({ file: f.file, ...x })));
    expect(errors.map(({ file, severity, rule, sheet, cell }) => ({ file, severity, rule, sheet, cell }))).toEqual([
      { file: join(folder, NAMES[1]), ...PLANTED },
    ]);
  });

  it("takes several files as well as a folder, each file once", async () => {
    const clean = await run("validate", join(folder, NAMES[2]), join(folder, NAMES[0]), "--json");
    expect(clean.code).toBe(0);
    expect(json<FolderJson>(clean).files.map((f) => f.file)).toEqual([join(folder, NAMES[2]), join(folder, NAMES[0])]);
    const mixed = await run("validate", join(folder, NAMES[2]), folder, "--json");
    expect(json<FolderJson>(mixed).files.map((f) => f.file)).toEqual([NAMES[2], NAMES[0], NAMES[1]].map((n) => join(folder, n)));
  });

  it("never writes over a file it was given", async () => {
    const input = join(folder, NAMES[0]);
    const result = await run("report", folder, input, "-o", input);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([`-o에 입력 파일과 같은 경로를 줄 수 없습니다 (원본은 절대 덮어쓰지 않습니다): ${input}.`]);
  });

  it("exits 2 when a file cannot be read, and still reports the others", async () => {
    const result = await run("validate", withBroken, "--json");
    expect(result.code).toBe(2);
    const combined = json<FolderJson>(result);
    const broken = join(withBroken, "broken.xlsx");
    expect(combined.files[0]).toEqual({ file: broken, error: expect.stringContaining(`${broken}: .xlsx 파일이 아닙니다`), exitCode: 2 });
    expect(combined.files.slice(1).map((f) => ("counts" in f ? f.counts.error : null))).toEqual([0, 1, 0]);
    expect(combined.counts.error).toBe(1);

    const text = await run("validate", withBroken, "--lang", "en");
    expect(text.code).toBe(2);
    expect(text.stderr).toEqual([expect.stringContaining(`${broken}: not an .xlsx file`)]);
    expect(text.stdout.at(-1)).toMatch(/^Total \(4 files\): error 1 · warning \d+ · info \d+ · 1 unreadable — Some files could not be read\.$/);
  });

  it("says so when a folder holds no workbook", async () => {
    const empty = join(root, "empty");
    await mkdir(empty);
    const result = await run("validate", empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([`검사할 .xlsx 파일이 없습니다: ${empty}.`]);
  });
});

describe("report DIR -o OUT.xlsx", () => {
  let out: string;
  let summary: ExcelJS.Worksheet;

  const shown = (cell: ExcelJS.Cell): unknown => {
    const v = cell.value;
    return v !== null && typeof v === "object" && "formula" in v ? v.result : v;
  };
  const formulaOf = (cell: ExcelJS.Cell): unknown => {
    const v = cell.value;
    return v !== null && typeof v === "object" && "formula" in v ? v.formula : null;
  };
  /** The first row whose column A reads `text`. */
  const rowAfter = (text: string): number => {
    for (let r = 1; r <= summary.rowCount; r++) if (summary.getCell(r, 1).value === text) return r;
    throw new Error(`no row ${text}`);
  };
  /** The rows of the table whose header row follows `section`: one per file, then the 계 row. */
  const tableRows = (section: string) => {
    const header = rowAfter(section) + 1;
    const rows: number[] = [];
    for (let r = header + 1; summary.getCell(r, 1).value; r++) rows.push(r);
    return rows;
  };

  beforeAll(async () => {
    // Written into the folder it summarises: the next run must not take it for a division's file.
    out = join(folder, "district-summary.xlsx");
    const result = await run("report", folder, "-o", out);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([expect.stringMatching(/^.*district-summary\.xlsx에 3개 파일의 종합 요약을 썼습니다 \(오류 1 · /)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["요약", "검증 결과"]);
    summary = workbook.getWorksheet("요약")!;
  });

  it("sets the divisions' budgets side by side, with district totals three times the seed's", () => {
    const rows = tableRows("1. 예산 집행");
    expect(rows.map((r) => summary.getCell(r, 1).value)).toEqual([...NAMES, "계"]);
    const total = rows[3];
    expect(formulaOf(summary.getCell(total, 2))).toBe(`SUM(B${rows[0]}:B${rows[2]})`);
    expect(shown(summary.getCell(total, 2))).toBe(4_165_473 * 3);
    expect(shown(summary.getCell(total, 3))).toBe(3_205_952 * 3);
    expect(shown(summary.getCell(total, 4))).toBe((4_165_473 - 3_205_952) * 3);
    expect(shown(summary.getCell(total, 5))).toBeCloseTo(3_205_952 / 4_165_473, 10);
  });

  it("sets staff and replacement figures side by side, with district totals", () => {
    const staff = tableRows("2. 인력 현황");
    expect(staff).toHaveLength(4);
    expect([2, 3, 4].map((c) => shown(summary.getCell(staff[3], c)))).toEqual([81, 84, 3]);
    const replacement = tableRows("3. 장비 교체 계획");
    expect(replacement).toHaveLength(4);
    const first = [2, 3, 4, 5].map((c) => shown(summary.getCell(replacement[0], c)) as number);
    expect(first[0]).toBeGreaterThan(0);
    expect([2, 3, 4, 5].map((c) => shown(summary.getCell(replacement[3], c)))).toEqual(first.map((n) => n * 3));
  });

  it("lists exactly the planted finding among the errors, under its file, with a link to its cell", async () => {
    const header = rowAfter("위치");
    const errors: { file: unknown; location: unknown; row: number }[] = [];
    let file: unknown = null;
    for (let r = header + 1; summary.getCell(r, 1).value; r++) {
      // A row naming the file is merged across the list; the findings under it are that file's.
      if (summary.getCell(r, 2).isMerged && summary.getCell(r, 2).master.address === `A${r}`) file = summary.getCell(r, 1).value;
      else if (summary.getCell(r, 2).value === "오류") errors.push({ location: summary.getCell(r, 1).value, file, row: r });
    }
    // ExcelJS reads the link's file; the cell within it is the hyperlink's `location`, checked in the XML below.
    const location = { text: "예산!B4", hyperlink: "div-b.xlsx" };
    expect(errors.map(({ row, ...e }) => e)).toEqual([{ location, file: "div-b.xlsx" }]);
    // Rule ids are on the findings sheet, not on the page signed.
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.filter((t) => t.startsWith("budget/"))).toEqual([]);

    const zip = await JSZip.loadAsync(await readFile(out));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const link = new RegExp(`<hyperlink ref="A${errors[0].row}" r:id="(rId\\d+)" location="'예산'!B4"/>`).exec(sheet);
    expect(link).not.toBeNull();
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(rels).toContain(`Id="${link![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="div-b.xlsx" TargetMode="External"`);
  });

  it("titles the summary as one workbook's: 전체 부서 (or --department), the fiscal year, the 결재란 (or --approvals), the rule settings", async () => {
    expect(summary.getCell("A1").value).toBe("2018년 전체 부서 예산·자산 현황");
    expect(["G2", "H2", "I2"].map((a) => summary.getCell(a).value)).toEqual(["담당", "팀장", "과장"]);
    expect(summary.getCell("A5").value).toBe("규칙 설정: 기본값");
    expect(summary.headerFooter.oddFooter).toBe("&C- &P / &N -&R인쇄 &D");
    const named = join(root, "district-named.xlsx");
    expect((await run("report", folder, "-o", named, "--department", "홍보전산국", "--approvals", "담당,국장", "--lang", "en")).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(named);
    const english = workbook.getWorksheet("Summary")!;
    expect(english.getCell("A1").value).toBe("홍보전산국: budget and assets, fiscal year 2018");
    expect(String(english.getCell("A2").value)).toMatch(/^Department: 홍보전산국   ·   Fiscal year: 2018/);
    expect(["H2", "I2"].map((a) => english.getCell(a).value)).toEqual(["담당", "국장"]);
  });

  it("leaves its own output out when the folder is checked again", async () => {
    const result = await run("validate", folder, "--json");
    expect(json<FolderJson>(result).files.map((f) => f.file)).toEqual(NAMES.map((n) => join(folder, n)));
  });
});

describe("a folder whose workbooks carry accepted findings", () => {
  let recorded: string;
  let accepted: string;
  let lapsed: string;
  const REASON = "예산과 협의 후 승인";

  beforeAll(async () => {
    recorded = join(root, "recorded");
    await mkdir(recorded);
    accepted = join(recorded, "accepted.xlsx");
    lapsed = join(recorded, "lapsed.xlsx");
    const at = `${SAMPLE_SHEETS.budget}!B4`;
    const result = await run("accept", join(folder, NAMES[1]), "--rule", PLANTED.rule, "--cell", at, "--reason", REASON, "-o", accepted);
    expect(result.code).toBe(0);
    // The same record in a copy whose total is off by another amount: the acceptance no longer matches.
    const changed = seedFixture();
    patchCell(changed, SAMPLE_SHEETS.budget, "B4", { result: 4_165_473 + 91 });
    await writeFile(lapsed, await writeRecordIntoXlsx(await fixtureToXlsx(changed), await readRecordFromXlsx(await readFile(accepted))));
  });

  it("validates an accepted finding apart, counted in no severity, and a lapsed one as an error again", async () => {
    const result = await run("validate", recorded, "--json");
    expect(result.code).toBe(1);
    const combined = json<FolderJson>(result);
    const [first, second] = combined.files as JsonReport[];
    // The accepted file's object is the one the single-file command prints.
    expect(first).toEqual(json(await run("validate", accepted, "--json")));
    expect(first.counts).toMatchObject({ error: 0, accepted: 1 });
    expect(first.accepted).toEqual([expect.objectContaining({ ...PLANTED, reason: REASON })]);
    expect(second.file).toBe(lapsed);
    expect(second.findings).toContainEqual(expect.objectContaining(PLANTED));
    expect(second.accepted).toBeUndefined();
    expect(combined.counts).toMatchObject({ error: 1, accepted: 1 });

    const text = await run("validate", accepted, join(folder, NAMES[0]));
    expect(text.code).toBe(0);
    expect(text.stdout[0]).toMatch(new RegExp(`✓ ${PLANTED.sheet}!B4 .*\\[${PLANTED.rule}\\]\\n\\s+사유: ${REASON} · `));
    expect(text.stdout.at(-1)).toMatch(/^합계 \(2개 파일\): 오류 0 · 경고 \d+ · 정보 \d+ · 예외 처리 1 — 검증 통과$/);
  });

  it("reports the accepted finding apart, with its reason, and the lapsed one among the errors", async () => {
    const out = join(root, "recorded-summary.xlsx");
    const result = await run("report", recorded, "-o", out);
    expect(result.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.getWorksheet("요약")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const texts = (row: unknown[]) => row.map((v) => (v !== null && typeof v === "object" && "text" in v ? v.text : v));
    // By file: errors, warnings, info, accepted, status.
    const status = rows.filter((r) => (r[0] === "accepted.xlsx" || r[0] === "lapsed.xlsx") && r[1] !== r[0]).slice(-2);
    expect(status.map((r) => [r[0], r[2], r[5], r[6]])).toEqual([
      ["accepted.xlsx", 0, 1, "검증 통과"],
      ["lapsed.xlsx", 1, 0, "오류"],
    ]);
    const heading = rows.findIndex((r) => r[0] === "예외 처리한 항목 (오류로 세지 않음)");
    // Under the list's header, the row naming the file, then location, severity, message and reason (merged cells read as their first).
    const listed = rows.slice(heading + 2).map(texts);
    expect(listed.map((r) => [r[0], r[1], r[6]])).toEqual([
      ["accepted.xlsx", "accepted.xlsx", "accepted.xlsx"],
      ["예산!B4", "오류", expect.stringMatching(`^${REASON} \\(`)],
    ]);
    const open = rows.slice(0, heading).map(texts);
    const lapsedRow = open.findIndex((r) => r[0] === "lapsed.xlsx" && r[1] === "lapsed.xlsx");
    expect(open.slice(lapsedRow + 1).filter((r) => r[1] === "오류").map((r) => r[0])).toEqual(["예산!B4"]);
    expect(open.filter((r) => r[1] === "오류").map((r) => r[0])).toEqual(["예산!B4"]);
  });
});

describe("the pool", () => {
  it("has a worker per core, never more than files", () => {
    expect(poolSize(1)).toBe(1);
    expect(poolSize(100)).toBe(availableParallelism());
  });

  it("checks files on more than one worker process", async () => {
    const tasks = NAMES.map((name) => ({ file: join(folder, name), today: SEED_TODAY, lang: "en" as const, figures: false }));
    const checked = await checkFiles(tasks, { size: 2, timeoutSeconds: 60 });
    expect(checked.map((c) => c.outcome.kind)).toEqual(["checked", "checked", "checked"]);
    const workers = new Set(checked.map((c) => c.workerId));
    expect(workers.size).toBe(2);
    expect(workers.has(process.pid)).toBe(false);
  });
});
