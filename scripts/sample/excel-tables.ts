/**
 * Excel tables (Insert → Table) added to a workbook's package as Excel writes them: a `xl/tables/tableN.xml`
 * part, the sheet's relationship to it, a `<tablePart>` in the sheet and the part's content type. The
 * workbooks are built by ExcelJS from fixtures, which writes sheet N of the tab order as
 * `xl/worksheets/sheetN.xml`.
 */
import JSZip from "jszip";
import { FIXTURE_TIMESTAMP } from "./workbook-fixture";

export interface TableSpec {
  readonly sheet: string;
  readonly name: string;
  /** A1 without `$`, header and totals rows included. */
  readonly ref: string;
  readonly headerRowCount?: number;
  readonly totalsRowCount?: number;
  /** The table part's XML as is, for a damaged part. */
  readonly xml?: string;
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export async function withExcelTables(xlsx: Uint8Array, tables: readonly TableSpec[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const sheetNames = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [i, table] of tables.entries()) {
    const n = i + 1;
    const sheetPart = `xl/worksheets/sheet${sheetNames.indexOf(table.sheet) + 1}.xml`;
    const relsPart = sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels";
    const relId = `rIdTable${n}`;
    zip.file(`xl/tables/table${n}.xml`, table.xml ?? tableXml(n, table));
    const rels = (await zip.file(relsPart)?.async("string")) ?? EMPTY_RELS;
    zip.file(relsPart, rels.replace("</Relationships>", `<Relationship Id="${relId}" Type="${TABLE_REL}" Target="../tables/table${n}.xml"/></Relationships>`));
    const sheet = await zip.file(sheetPart)!.async("string");
    zip.file(sheetPart, sheet.replace("</worksheet>", `<tableParts count="1"><tablePart r:id="${relId}"/></tableParts></worksheet>`));
    types = types.replace("</Types>", `<Override PartName="/xl/tables/table${n}.xml" ContentType="${TABLE_TYPE}"/></Types>`);
  }
  zip.file("[Content_Types].xml", types);
  for (const entry of Object.values(zip.files)) entry.date = FIXTURE_TIMESTAMP;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function tableXml(id: number, table: TableSpec): string {
  const [first, last = first] = table.ref.split(":");
  const width = columnNumber(last) - columnNumber(first) + 1;
  const columns = Array.from({ length: width }, (_, c) => `<tableColumn id="${c + 1}" name="Column${c + 1}"/>`).join("");
  const header = table.headerRowCount === undefined ? "" : ` headerRowCount="${table.headerRowCount}"`;
  const totals = table.totalsRowCount === undefined ? ' totalsRowShown="0"' : ` totalsRowCount="${table.totalsRowCount}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}"${header}${totals}>` +
    `<tableColumns count="${width}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`
  );
}

function unescapeXml(text: string): string {
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function columnNumber(cell: string): number {
  return [...cell.replace(/[0-9$]/g, "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
