/**
 * What `report` (and every command that writes) hands to the file system is read back first: a package that a
 * reader would refuse is never renamed into place, and neither it nor its temporary file stays behind.
 */
import JSZip from "jszip";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeAtomically } from "../../src/cli/files";
import { readZipDirectory } from "../../src/workbook/xlsx/package/container";
import { xmlProblem } from "../../src/workbook/xlsx/package/xml-check";
import { checkZip } from "../../src/workbook/xlsx/package/zip-check";
import { newEntry, zipOf } from "../../src/workbook/xlsx/package/zip-writer";
import { run } from "../helpers/cli";
import { fixtureWorkbooks } from "../helpers/fixture-workbooks";
import { SAMPLE_PATH, SEED_NOW } from "../helpers/sample";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-checked-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function io() {
  const stderr: string[] = [];
  return { stderr, io: { stdout: () => undefined, stderr: (text: string) => stderr.push(text), clock: () => SEED_NOW, color: false } };
}

describe("a package that does not read back is never written", () => {
  it("writes a zip that reads back, under the name asked for and nothing else", async () => {
    const { io: cli, stderr } = io();
    const out = join(dir, "out.xlsx");
    expect(await writeAtomically(out, zipOf([newEntry("a.xml", "<a/>")]), "en", cli)).toBe(true);
    expect(stderr).toEqual([]);
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
  });

  it("leaves no file and no temporary file when an entry does not inflate as declared, and names it", async () => {
    const data = zipOf([newEntry("xl/workbook.xml", "<workbook>" + "<sheet/>".repeat(100) + "</workbook>")]);
    data[30 + "xl/workbook.xml".length + 2] ^= 0xff;
    const { io: cli, stderr } = io();
    expect(await writeAtomically(join(dir, "out.xlsx"), data, "ko", cli)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    expect(stderr.join("\n")).toMatch(/out\.xlsx: 결과 파일을 쓰지 못했습니다: xl\/workbook\.xml 부분이 올바르지 않습니다 .*파일은 만들지 않았습니다/);
  });

  it("refuses, with exit code 2, a report whose edited part would be no namespace-correct XML", async () => {
    // A content types part whose prefix is declared nowhere: lenient readers take it; the Override we add would
    // carry the same undeclared prefix, so the report is refused rather than written broken.
    const zip = await JSZip.loadAsync(await readFile(SAMPLE_PATH));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace(/<Types [^>]*>/, "<t:Types>").replace("</Types>", "</t:Types>"));
    const input = join(dir, "in.xlsx");
    await writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const result = await run("report", input, "-o", join(dir, "out.xlsx"), "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.stderr.join("\n")).toMatch(/the output could not be written: its part \[Content_Types\]\.xml is not valid \(the prefix t: of t:Types is not declared in scope/);
    expect(await readdir(dir)).toEqual(["in.xlsx"]);
  });
});

describe("the report of every fixture reads back whole", () => {
  for (const fixture of fixtureWorkbooks()) {
    it(fixture.name, async () => {
      const out = join(dir, "out.xlsx");
      const result = await run("report", fixture.path, "-o", out);
      if (result.code === 2) return; // refused to read: nothing written, which the CLI's own tests check
      const data = await readFile(out);
      expect(() => checkZip(data)).not.toThrow();
      const zip = await JSZip.loadAsync(data);
      for (const { name } of readZipDirectory(data)!) {
        if (!/\.(xml|rels)$/i.test(name)) continue;
        expect({ name, problem: xmlProblem(await zip.file(name)!.async("string")) }).toEqual({ name, problem: null });
      }
    }, 60_000);
  }
});
