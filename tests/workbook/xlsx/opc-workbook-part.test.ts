/**
 * The workbook part found the way OPC says, through the package relationships (`_rels/.rels`), wherever a writer
 * put it: read, and written into by every command that writes, with its relationships beside it.
 */
import JSZip from "jszip";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxPackage } from "../../../src/workbook/xlsx";
import { run } from "../../helpers/cli";
import { SAMPLE_PATH } from "../../helpers/sample";

const TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-check-opc-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * The sample with its workbook part moved to `to` (`xl/book.xml`, `workbook.xml`), its relationships beside it and
 * their targets rewritten relative to it; `_rels/.rels` points to it with the given relationship type.
 */
async function moved(to: string, type = TRANSITIONAL): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE_PATH));
  const folder = to.slice(0, to.lastIndexOf("/") + 1);
  const file = to.slice(folder.length);
  const retarget = (target: string) => (target.startsWith("/") ? target : folder === "xl/" ? target : `xl/${target}`);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(/Target="([^"]*)"/g, (_, t: string) => `Target="${retarget(t)}"`);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.remove("xl/workbook.xml");
  zip.remove("xl/_rels/workbook.xml.rels");
  zip.file(to, workbook);
  zip.file(`${folder}_rels/${file}.rels`, rels);
  const rootRels = await zip.file("_rels/.rels")!.async("string");
  zip.file("_rels/.rels", rootRels.replace(`Type="${TRANSITIONAL}" Target="xl/workbook.xml"`, `Type="${type}" Target="/${to}"`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace('PartName="/xl/workbook.xml"', `PartName="/${to}"`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function fileOf(name: string, data: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe("a workbook part found through _rels/.rels", () => {
  let expected: unknown;
  let expectedCode: number;
  beforeAll(async () => {
    const result = await run("validate", SAMPLE_PATH, "--json");
    expected = JSON.parse(result.stdout.join("")).findings;
    expectedCode = result.code;
  });

  it.each([
    ["xl/book.xml", TRANSITIONAL],
    ["workbook.xml", TRANSITIONAL],
    ["xl/book.xml", STRICT],
  ])("reads %s (%s) as it reads the sample", async (part, type) => {
    const data = await moved(part, type);
    expect(XlsxPackage.open(data, "moved.xlsx").officeDocumentPart()).toBe(part);
    const result = await run("validate", await fileOf("moved.xlsx", data), "--json");
    expect(JSON.parse(result.stdout.join("")).findings).toEqual(expected);
  });

  it.each(["xl/book.xml", "workbook.xml"])("writes the report, and the record into %s and beside it", async (part) => {
    const input = await fileOf("in.xlsx", await moved(part));
    const folder = part.slice(0, part.lastIndexOf("/") + 1);
    // Our sheet goes into the worksheets folder beside the workbook part, under the first free name there.
    const sheet = folder === "" ? "sheet1.xml" : "sheet8.xml";

    const report = join(dir, "report.xlsx");
    expect((await run("report", input, "-o", report)).code).toBe(expectedCode);
    const out = await JSZip.loadAsync(await readFile(report));
    expect(out.file("xl/workbook.xml")).toBeNull();
    expect(await out.file(part)!.async("string")).toMatch(/<sheet [^>]*name="요약"/);
    expect(await out.file(`${folder}_rels/${part.slice(folder.length)}.rels`)!.async("string")).toContain(`Target="worksheets/${sheet}"`);
    expect(out.file(`${folder}worksheets/${sheet}`)).not.toBeNull();
    const reread = await run("validate", report, "--json");
    expect(JSON.parse(reread.stdout.join("")).findings).toEqual(expected);

    const [first] = expected as { rule: string; sheet: string; cell: string }[];
    const accepted = join(dir, "accepted.xlsx");
    const accept = await run("accept", report, "-o", accepted, "--rule", first.rule, "--cell", `'${first.sheet}'!${first.cell}`, "--reason", "확인함");
    expect(accept.stderr).toEqual([]);
    const afterAccept = JSON.parse((await run("validate", accepted, "--json")).stdout.join(""));
    expect(afterAccept.counts.accepted).toBe(1);
    expect(await (await JSZip.loadAsync(await readFile(accepted))).file(`${folder}_rels/${part.slice(folder.length)}.rels`)!.async("string")).toMatch(
      /Type="[^"]*\/customXml" Target="(\.\.\/)?customXml\/item1\.xml"/,
    );
  });

  it("falls back to xl/workbook.xml when the package has no relationships of its own", async () => {
    const zip = await JSZip.loadAsync(await readFile(SAMPLE_PATH));
    zip.remove("_rels/.rels");
    const result = await run("validate", await fileOf("norels.xlsx", await zip.generateAsync({ type: "nodebuffer" })), "--json");
    expect(JSON.parse(result.stdout.join("")).findings).toEqual(expected);
  });
});
