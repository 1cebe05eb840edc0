/**
 * The hostile corpus: files that other people's spreadsheets and attackers hand a reader (issue #14), each
 * built from the committed sample workbook by a script, nothing third-party. Every case comes at two scales:
 * `test`, small enough for `npm test` (tests/hardening/hostile-corpus.test.ts), and `bench`, the sizes the
 * issue measured (`npm run bench -- hostile`). Nothing is committed: the files are written on the fly,
 * or by `npm run build:corpus` into out/hostile-corpus/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { compoundFile, rawZip, type RawEntry } from "./containers";

export type Scale = "test" | "bench";

/** What the CLI must answer for a case, besides never a stack trace and never our "unexpected problem". */
export type HostileAnswer =
  /** Exit 0 or 1 with a report: the file is a workbook and is checked, `validate --json` holding `finds` among its findings. */
  | { readonly kind: "checked"; readonly finds?: readonly HostileFinding[] }
  /** Exit 2 with a message matching `says`. */
  | { readonly kind: "refused"; readonly says: RegExp }
  /** Read or refused, either is right (what must hold is time, memory and an honest answer); refused, it says `says`. */
  | { readonly kind: "either"; readonly says: RegExp };

/** A finding a checked case must report: its rule, sheet and cell. */
export interface HostileFinding {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface HostileCase {
  readonly file: string;
  /** What is hostile about it, as the issue states it. */
  readonly about: string;
  readonly answer: HostileAnswer;
  /** What no output may ever hold: a secret the file tries to pull in. */
  readonly neverSays?: RegExp;
  build(scale: Scale): Promise<Buffer>;
}

const SAMPLE = join(__dirname, "../../assets/samples/budget-check-sample.xlsx");
const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const BUDGET_SHEET = "xl/worksheets/sheet2.xml";
/** '기타 현황': the sheet of the sample with room below its tables. */
const OTHER_SHEET = "xl/worksheets/sheet7.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";

/** The damaged-file message, naming the part where one is named. */
const DAMAGED = /파일이 손상되어 읽을 수 없습니다/;
const damagedPart = (part: string) => new RegExp(`파일이 손상되어 읽을 수 없습니다.*${part.replace(/[.]/g, "\\.")}`);
/** The stray value under a whole-column or whole-row name, read sparse and named at its own cell. */
const FAR_CELL: HostileFinding = { rule: "table/far-cells", sheet: "기타 현황", cell: "XFD1048576" };
const TOO_LARGE_OR_DAMAGED = /지나치게 커지는|파일이 손상되어/;

/** The sample's entries in their order, each as bytes. */
async function sampleEntries(): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.push({ name: file.name, data: await file.async("uint8array") });
  }
  return entries;
}

const text = (entry: RawEntry) => Buffer.from(entry.data).toString("utf8");

/** The sample with some parts edited as text, others replaced or added: written by a hand that means harm. */
async function sampleWith(edits: Record<string, (xml: string) => string>, extra: readonly RawEntry[] = []): Promise<Buffer> {
  const entries: RawEntry[] = [];
  for (const entry of await sampleEntries()) {
    const edit = edits[entry.name];
    entries.push(edit ? { name: entry.name, data: Buffer.from(edit(text(entry)), "utf8") } : entry);
  }
  for (const entry of extra) entries.push(entry);
  return rawZip(entries);
}

/** The sample's entries, each passed through `change` (renamed, re-declared), re-zipped. */
async function sampleEntriesChanged(change: (entry: RawEntry) => RawEntry): Promise<Buffer> {
  return rawZip((await sampleEntries()).map(change));
}

const before = (closing: string, insert: string) => (xml: string) => xml.replace(closing, `${insert}${closing}`);
const definedNames = (names: string) => before("</definedNames>", names);
const rows = (xml: string) => before("</sheetData>", xml);
const mergeCell = (ref: string) => (xml: string) => xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`);

const at = (scale: Scale, test: number, bench: number) => (scale === "test" ? test : bench);

/** A 2,000-row table on '기타 현황' from H30 down: 구분, 1분기, 계 (the 계 across holds). */
function longTable(count: number): string {
  const lines = ['<row r="30"><c r="H30" t="inlineStr"><is><t>구분</t></is></c><c r="I30" t="inlineStr"><is><t>1분기</t></is></c><c r="J30" t="inlineStr"><is><t>계</t></is></c></row>'];
  for (let i = 1; i <= count; i++) {
    const r = 30 + i;
    lines.push(`<row r="${r}"><c r="H${r}" t="inlineStr"><is><t>항목 ${i}</t></is></c><c r="I${r}"><v>${i}</v></c><c r="J${r}"><v>${i}</v></c></row>`);
  }
  return lines.join("");
}

const LONG_TABLE_ROWS = 2_000;
const LONG_TABLE = `'기타 현황'!$H$30:$J$${30 + LONG_TABLE_ROWS}`;

/** Names that are no table of ours, each over one cell: a workbook that collected names for years. */
function manyNames(count: number): string {
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(`<definedName name="Old_${i}">예산!$A$1</definedName>`);
  return names.join("");
}

function tablesOverLongTable(count: number): string {
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(`<definedName name="Table_n${i}">${LONG_TABLE}</definedName>`);
  return names.join("");
}

/** Billion laughs: ten entities of ten, nine deep, used once in a name. */
function billionLaughs(xml: string): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return xml
    .replace("?>", `?><!DOCTYPE workbook [${entities.join("")}]>`)
    .replace("</definedNames>", '<definedName name="Table_웃음">&lol9;</definedName></definedNames>');
}

const nested = (depth: number, closing: string) => before(closing, `<extLst>${"<ext>".repeat(depth)}${"</ext>".repeat(depth)}</extLst>`);

/** A zip whose one entry declares 1 KB and inflates to `bytes` of spaces. */
function lyingBomb(name: string, bytes: number): Buffer {
  return rawZip([{ name, data: Buffer.alloc(bytes, 0x20), declaredSize: 1024 }]);
}

const MB = 2 ** 20;

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    file: "bomb-flat-lying-size.xlsx",
    about: "xl/workbook.xml declares 1 KB and inflates to hundreds of megabytes",
    answer: { kind: "refused", says: TOO_LARGE_OR_DAMAGED },
    build: async (scale) => lyingBomb(WORKBOOK, at(scale, 64, 512) * MB),
  },
  {
    file: "bomb-nested.xlsx",
    about: "a sound workbook carrying a zip bomb as an embedded package: nothing reads it",
    answer: { kind: "checked" },
    build: (scale) => sampleWith({}, [{ name: "xl/embeddings/package.zip", data: lyingBomb("data.xml", at(scale, 64, 512) * MB) }]),
  },
  {
    file: "entity-expansion.xlsx",
    about: "billion laughs: nested entities in xl/workbook.xml's DOCTYPE, never to be expanded",
    answer: { kind: "either", says: TOO_LARGE_OR_DAMAGED },
    neverSays: /(lol){4}/,
    build: () => sampleWith({ [WORKBOOK]: billionLaughs }),
  },
  {
    file: "external-entity.xlsx",
    about: "an external entity naming /etc/passwd in a name, never to be read",
    answer: { kind: "either", says: DAMAGED },
    neverSays: /root:x?:0:/,
    build: () =>
      sampleWith({
        [WORKBOOK]: (xml) =>
          xml
            .replace("?>", '?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
            .replace("</definedNames>", '<definedName name="Table_외부">&xxe;</definedName></definedNames>'),
      }),
  },
  {
    file: "deep-nesting-workbook.xlsx",
    about: "xl/workbook.xml with elements nested hundreds of thousands deep",
    answer: { kind: "either", says: DAMAGED },
    build: (scale) => sampleWith({ [WORKBOOK]: nested(at(scale, 10_000, 1_000_000), "</workbook>") }),
  },
  {
    file: "deep-nesting-sheet.xlsx",
    about: "a worksheet with elements nested hundreds of thousands deep",
    answer: { kind: "either", says: DAMAGED },
    build: (scale) => sampleWith({ [BUDGET_SHEET]: nested(at(scale, 10_000, 1_000_000), "</worksheet>") }),
  },
  {
    file: "unclosed-sheet-tags.xlsx",
    about: "`<sheet ` opened and never closed, many thousand times",
    answer: { kind: "either", says: damagedPart(WORKBOOK) },
    build: (scale) => sampleWith({ [WORKBOOK]: before("</sheets>", "<sheet ".repeat(at(scale, 25_000, 100_000))) }),
  },
  {
    file: "unclosed-defined-name-tags.xlsx",
    about: "`<definedName` opened and never closed, many thousand times",
    answer: { kind: "either", says: damagedPart(WORKBOOK) },
    build: (scale) => sampleWith({ [WORKBOOK]: definedNames("<definedName".repeat(at(scale, 25_000, 100_000))) }),
  },
  {
    file: "name-in-parentheses.xlsx",
    about: "the Budget name wrapped in hundreds of thousands of parentheses",
    answer: { kind: "checked" },
    build: (scale) => {
      const depth = at(scale, 20_000, 500_000);
      return sampleWith({ [WORKBOOK]: (xml) => xml.replace("<definedName name=\"Budget\">예산!$A$3:$D$9<", `<definedName name="Budget">${"(".repeat(depth)}예산!$A$3:$D$9${")".repeat(depth)}<`) });
    },
  },
  {
    file: "many-names.xlsx",
    about: "tens of thousands of defined names besides the tables'",
    answer: { kind: "checked" },
    build: (scale) => sampleWith({ [WORKBOOK]: definedNames(manyNames(at(scale, 10_000, 100_000))) }),
  },
  {
    file: "names-over-long-table.xlsx",
    about: "thousands of Table_ names over one 2,000-row table",
    answer: { kind: "checked" },
    build: (scale) =>
      sampleWith({ [WORKBOOK]: definedNames(tablesOverLongTable(at(scale, 200, 20_000))), [OTHER_SHEET]: rows(longTable(LONG_TABLE_ROWS)) }),
  },
  {
    file: "whole-sheet-name-far-cell.xlsx",
    about: "a Table_ name over the whole sheet, whose one far cell is XFD1048576",
    // Read sparse; the sheet's first row is a title, so no table header is found in the name's range.
    answer: { kind: "checked", finds: [{ rule: "table/unrecognized", sheet: "기타 현황", cell: "A1" }] },
    build: () =>
      sampleWith({
        [WORKBOOK]: definedNames("<definedName name=\"Table_전체\">'기타 현황'!$1:$1048576</definedName>"),
        [OTHER_SHEET]: rows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
      }),
  },
  {
    file: "whole-columns-name-far-cell.xlsx",
    about: "a Table_ name over whole columns H:XFD, with a cell at XFD1048576",
    answer: { kind: "checked", finds: [FAR_CELL] },
    build: () =>
      sampleWith({
        [WORKBOOK]: definedNames("<definedName name=\"Table_열\">'기타 현황'!$H:$XFD</definedName>"),
        [OTHER_SHEET]: rows(`${longTable(20)}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
      }),
  },
  {
    file: "whole-rows-name-far-cell.xlsx",
    about: "a Table_ name over whole rows 30:1048576, with a cell at XFD1048576",
    answer: { kind: "checked", finds: [FAR_CELL] },
    build: () =>
      sampleWith({
        [WORKBOOK]: definedNames("<definedName name=\"Table_행\">'기타 현황'!$30:$1048576</definedName>"),
        [OTHER_SHEET]: rows(`${longTable(20)}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
      }),
  },
  {
    file: "merge-whole-sheet.xlsx",
    about: "a merge over A1:XFD1048576 on the budget's sheet",
    answer: { kind: "checked" },
    build: () => sampleWith({ [BUDGET_SHEET]: mergeCell("A1:XFD1048576") }),
  },
  {
    file: "cell-past-limits.xlsx",
    about: "a cell at XFE1048577, past Excel's last column and row: a finding, the rest checked",
    answer: { kind: "checked" },
    build: () => sampleWith({ [BUDGET_SHEET]: rows('<row r="1048577"><c r="XFE1048577"><v>1</v></c></row>') }),
  },
  {
    file: "merge-past-limits.xlsx",
    about: "a merge over A1:XFE1048577, past Excel's last column and row: a finding, the rest checked",
    answer: { kind: "checked" },
    build: () => sampleWith({ [BUDGET_SHEET]: mergeCell("A1:XFE1048577") }),
  },
  {
    file: "name-past-limits.xlsx",
    about: "a Table_ name reaching XFE1048577, past Excel's limits",
    answer: { kind: "checked" },
    build: () => sampleWith({ [WORKBOOK]: definedNames("<definedName name=\"Table_넘침\">예산!$A$1:$XFE$1048577</definedName>") }),
  },
  {
    file: "huge-shared-string.xlsx",
    about: "one shared string of many megabytes (99 MB at bench scale)",
    answer: { kind: "checked" },
    build: (scale) => sampleWith({ [SHARED_STRINGS]: before("</sst>", `<si><t>${"가나다라".repeat(Math.floor((at(scale, 8, 99) * MB) / 12))}</t></si>`) }),
  },
  {
    file: "path-traversal.xlsx",
    about: "entries named ../ and /: a writer that unpacks must not put them outside its folder",
    answer: { kind: "checked" },
    build: () =>
      sampleWith({}, [
        { name: "../budget-check-escaped.txt", data: Buffer.from("escaped") },
        { name: "/tmp/budget-check-escaped-absolute.txt", data: Buffer.from("escaped") },
      ]),
  },
  {
    file: "backslash-names.xlsx",
    about: "every entry named with backslashes (xl\\workbook.xml), as some writers do and Excel reads",
    answer: { kind: "checked" },
    build: () => sampleEntriesChanged((entry) => ({ ...entry, name: entry.name.replace(/\//g, "\\") })),
  },
  {
    file: "workbook-at-root.xlsx",
    about: "the workbook part at the package root, reached only through _rels/.rels",
    answer: { kind: "checked" },
    build: async () => {
      const entries: RawEntry[] = [];
      for (const entry of await sampleEntries()) {
        const xml = text(entry);
        if (entry.name === WORKBOOK) entries.push({ name: "workbook.xml", data: entry.data });
        else if (entry.name === WORKBOOK_RELS) entries.push({ name: "_rels/workbook.xml.rels", data: Buffer.from(xml.replace(/Target="/g, 'Target="xl/')) });
        else if (entry.name === "_rels/.rels") entries.push({ name: entry.name, data: Buffer.from(xml.replace('Target="xl/workbook.xml"', 'Target="workbook.xml"')) });
        else if (entry.name === "[Content_Types].xml") entries.push({ name: entry.name, data: Buffer.from(xml.replace('PartName="/xl/workbook.xml"', 'PartName="/workbook.xml"')) });
        else entries.push(entry);
      }
      return rawZip(entries);
    },
  },
  {
    file: "namespace-per-sheet.xlsx",
    about: "xmlns:r declared on each <sheet>, not on <workbook> (older openpyxl, calamine's and POI's fixtures)",
    answer: { kind: "checked" },
    build: () =>
      sampleWith({
        [WORKBOOK]: (xml) => xml.replace(` xmlns:r="${R_NAMESPACE}"`, "").replace(/<sheet /g, `<sheet xmlns:r="${R_NAMESPACE}" `),
      }),
  },
  {
    file: "opendocument.xlsx",
    about: "an OpenDocument spreadsheet named .xlsx",
    answer: { kind: "refused", says: /OpenDocument/ },
    build: async () =>
      rawZip([
        { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), stored: true },
        { name: "META-INF/manifest.xml", data: Buffer.from('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>') },
        { name: "content.xml", data: Buffer.from('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') },
      ]),
  },
  {
    file: "binary-workbook.xlsx",
    about: "an Excel binary workbook (.xlsb) named .xlsx",
    answer: { kind: "refused", says: /\.xlsb/ },
    build: async () =>
      rawZip([
        {
          name: "[Content_Types].xml",
          data: Buffer.from(
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
          ),
        },
        {
          name: "_rels/.rels",
          data: Buffer.from(
            `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NAMESPACE}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
          ),
        },
        { name: "xl/workbook.bin", data: Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) },
      ]),
  },
  {
    file: "legacy-xls.xlsx",
    about: "an Excel 97-2003 workbook named .xlsx",
    answer: { kind: "refused", says: /\.xls 형식/ },
    build: async () => compoundFile(["Workbook", "\u0005SummaryInformation"]),
  },
  {
    file: "encrypted.xlsx",
    about: "a password-protected workbook: an OLE compound file with EncryptionInfo",
    answer: { kind: "refused", says: /암호로 보호된/ },
    build: async () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
  },
  {
    file: "truncated.xlsx",
    about: "the sample cut off at 60%, its zip directory lost",
    answer: { kind: "refused", says: DAMAGED },
    build: async () => {
      const whole = await sampleWith({});
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
  {
    file: "crc-mismatch.xlsx",
    about: "xl/workbook.xml whose bytes do not match its CRC-32: read, or refused as damaged; never copied into a report",
    answer: { kind: "either", says: damagedPart(WORKBOOK) },
    build: () => sampleEntriesChanged((entry) => (entry.name === WORKBOOK ? { ...entry, declaredCrc: 0x12345678 } : entry)),
  },
  {
    file: "rels-without-relationships.xlsx",
    about: "xl/_rels/workbook.xml.rels with no <Relationships> element",
    answer: { kind: "refused", says: damagedPart(WORKBOOK_RELS) },
    build: () => sampleWith({ [WORKBOOK_RELS]: () => '<?xml version="1.0" encoding="UTF-8"?><Types/>' }),
  },
  {
    file: "rels-past-declared-size.xlsx",
    about: "xl/_rels/workbook.xml.rels inflating past the size its headers declare",
    answer: { kind: "refused", says: damagedPart(WORKBOOK_RELS) },
    build: () => sampleEntriesChanged((entry) => (entry.name === WORKBOOK_RELS ? { ...entry, declaredSize: 100 } : entry)),
  },
];
