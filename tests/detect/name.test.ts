/**
 * `budget-check name`: the tables found become defined names in a copy; only `xl/workbook.xml` changes, and the
 * copy validates without detection as the original did with it, less the detected-table infos.
 */
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import JSZip from "jszip";
import { run } from "../helpers/cli";
import { seedFixture, writeFixtureFile } from "../helpers/sample";
import { definedNamesOf } from "../helpers/workbook-snapshots";

let unnamed: string;
let output: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  const fixture = seedFixture();
  fixture.names = [];
  ({ path: unnamed, remove } = await writeFixtureFile(fixture, "unnamed.xlsx"));
  output = join(dirname(unnamed), "named.xlsx");
});
afterAll(() => remove());

interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}
const key = (f: JsonFinding) => `${f.sheet}!${f.cell} ${f.severity} ${f.rule} ${f.message}`;

async function findings(...argv: string[]): Promise<string[]> {
  const result = await run("validate", ...argv, "--as-of", "2018-09-30", "--json");
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout.join("\n")).findings as JsonFinding[]).map(key).sort();
}

describe("budget-check name", () => {
  it("writes each found table as a workbook-scoped name, in its header's language, _2 when taken, and says so", async () => {
    const result = await run("name", unnamed, "-o", output);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe(`${output}에 이름 10개를 정의했습니다. 원본 파일은 바꾸지 않았습니다.`);
    expect(result.stdout).toContain("  예산_2 = '사업별 예산'!A3:I14 (예산)");
    const xml = await (await JSZip.loadAsync(await readFile(output))).file("xl/workbook.xml")!.async("string");
    expect(definedNamesOf(xml).map((n) => `${n.name}${n.scope === undefined ? "" : "@"} ${n.formula}`)).toEqual([
      "예산 '예산'!$A$3:$D$9",
      "예산_2 '사업별 예산'!$A$3:$I$14",
      "인력 '인력'!$A$3:$P$7",
      "장비 '장비'!$A$3:$J$43",
      "내용연수 '내용연수'!$A$3:$B$13",
      "표_기타현황 '기타 현황'!$A$2:$E$4",
      "표_기타현황_2 '기타 현황'!$A$7:$B$12",
      "표_기타현황_3 '기타 현황'!$A$15:$D$17",
      "표_기타현황_4 '기타 현황'!$A$20:$F$21",
      "표_기타현황_5 '기타 현황'!$A$24:$K$25",
    ]);
  });

  it("changes no other part of the package, byte for byte", async () => {
    const [before, after] = await Promise.all([unnamed, output].map(async (path) => JSZip.loadAsync(await readFile(path))));
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const part of Object.keys(before.files)) {
      if (part === "xl/workbook.xml") continue;
      const [a, b] = await Promise.all([before.file(part)!.async("uint8array"), after.file(part)!.async("uint8array")]);
      expect({ part, same: Buffer.from(a).equals(Buffer.from(b)) }).toEqual({ part, same: true });
    }
  });

  it("gives a copy that validates without detection as the original did with it, less the detected-table infos", async () => {
    const found = (await findings(unnamed)).filter((f) => !f.includes("workbook/detected-table"));
    expect(await findings(output, "--no-detect")).toEqual(found);
  });

  it("prints the names as JSON with --json", async () => {
    const json = join(dirname(unnamed), "named-json.xlsx");
    const result = await run("name", unnamed, "-o", json, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.join("\n")).names[0]).toEqual({ name: "예산", kind: "budget", sheet: "예산", range: "예산!A3:D9" });
  });

  it("writes nothing when every table already has a name", async () => {
    const result = await run("name", output, "-o", join(dirname(unnamed), "again.xlsx"));
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`${output}: 이름 없이 찾은 표가 없어 쓸 것이 없습니다.`]);
  });
});
