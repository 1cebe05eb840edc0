/**
 * Damaged is damaged: a part of the input that cannot be inflated or parsed, whichever command reads it, is the
 * damaged-file message naming the part (exit code 2), never "an unexpected problem… send it to support".
 */
import JSZip from "jszip";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFLATED, readZipDirectory } from "../../../src/workbook/xlsx/package/container";
import { XlsxPackage } from "../../../src/workbook/xlsx/package/xlsx-package";
import { crc32, zipOf, type ZipEntryData } from "../../../src/workbook/xlsx/package/zip-writer";
import { run } from "../../helpers/cli";
import { SAMPLE_PATH } from "../../helpers/sample";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-damaged-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function sampleWith(patch: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE_PATH));
  await patch(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The package with one entry's stored data replaced by bytes that do not inflate (its sizes and CRC kept). */
function withUninflatable(data: Buffer, name: string): Buffer {
  const pkg = XlsxPackage.open(data, "in.xlsx");
  const entries: ZipEntryData[] = [];
  for (const entry of pkg.list()) {
    const garbage = entry.name === name;
    entries.push({ ...entry, method: garbage ? DEFLATED : entry.method, data: garbage ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : pkg.storedBytes(entry) });
  }
  return zipOf(entries);
}

async function runOn(data: Buffer, ...command: string[]) {
  const input = join(dir, "in.xlsx");
  await writeFile(input, data);
  const [verb, ...options] = command;
  const result = await run(verb, input, ...options, "--lang", "en");
  return { ...result, text: result.stderr.join("\n") };
}

const DAMAGED = /in\.xlsx: the file is damaged and cannot be read \(/;

describe("a damaged part is a damaged file", () => {
  it("content types without <Types>: report names [Content_Types].xml and writes nothing", async () => {
    const data = await sampleWith(async (zip) => void zip.file("[Content_Types].xml", "<Nothing/>"));
    const result = await runOn(data, "report", "-o", join(dir, "out.xlsx"));
    expect([result.code, result.text]).toEqual([2, expect.stringMatching(DAMAGED)]);
    expect(result.text).toContain("[Content_Types].xml: no <Types> element");
    expect(await readdir(dir)).toEqual(["in.xlsx"]);
  });

  it("a stylesheet that does not inflate: report names xl/styles.xml", async () => {
    const result = await runOn(withUninflatable(await readFile(SAMPLE_PATH), "xl/styles.xml"), "report", "-o", join(dir, "out.xlsx"));
    expect([result.code, result.text]).toEqual([2, expect.stringMatching(DAMAGED)]);
    expect(result.text).toContain("xl/styles.xml");
  });

  it("a record part that does not inflate: verify and accept name it", async () => {
    const item = "<budgetCheck xmlns=\"https://budget-check.example/record/1\"/>";
    const bytes = new TextEncoder().encode(item);
    const data = await sampleWith(async (zip) => {
      zip.file("customXml/item1.xml", item);
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'),
      );
    });
    expect(readZipDirectory(data)!.find((e) => e.name === "customXml/item1.xml")).toMatchObject({ crc32: crc32(bytes) });
    const broken = withUninflatable(data, "customXml/item1.xml");
    for (const command of [["verify"], ["accept", "-o", join(dir, "out.xlsx"), "--rule", "budget/total-mismatch", "--cell", "A!B2", "--reason", "x"]]) {
      const result = await runOn(broken, ...command);
      expect([result.code, result.text]).toEqual([2, expect.stringMatching(DAMAGED)]);
      expect(result.text).toContain("customXml/item1.xml");
    }
  });

  it("a workbook relationships part without <Relationships>: validate names it", async () => {
    const data = await sampleWith(async (zip) => void zip.file("xl/_rels/workbook.xml.rels", "<Other/>"));
    const result = await runOn(data, "validate");
    expect([result.code, result.text]).toEqual([2, expect.stringMatching(DAMAGED)]);
  });
});
