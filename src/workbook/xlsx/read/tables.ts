/**
 * The Excel tables (ListObjects) of a workbook: each worksheet's relationships of the table type lead to its
 * `xl/tables/tableN.xml` parts, whose root element says the table's name, range and header and totals rows.
 * Excel writes a `<tableParts>` entry in the sheet for each such relationship; the relationships alone are
 * read, so that the outline never streams a worksheet (a register of 100,000 lots) to learn of its tables.
 * A part that is missing, not well-formed or without a range makes the file damaged, as elsewhere.
 */
import type { ExcelTable } from "../../../core/names/excel-table";
import { Relationships, relsPartOf } from "../package/relationships";
import type { XlsxPackage } from "../package/xlsx-package";
import type { SheetPart } from "./worksheet-parts";
import { attributeOf, scanXml } from "./xml-scanner";

/** A cell or a range in A1, `$` allowed: what a table part's `ref` holds. */
const A1_RANGE = /^\$?[A-Z]{1,3}\$?[0-9]{1,7}(:\$?[A-Z]{1,3}\$?[0-9]{1,7})?$/i;

/** Every table of every worksheet, sheet by sheet in the order given, each sheet's in its relationships' order. */
export async function readTables(pkg: XlsxPackage, sheets: readonly SheetPart[]): Promise<ExcelTable[]> {
  const tables: ExcelTable[] = [];
  for (const { sheet, part } of sheets) {
    const rels = pkg.text(relsPartOf(part));
    if (rels === null) continue;
    for (const rel of new Relationships(rels, part).list) {
      // By its ending, as worksheets are found: Strict OOXML spells the relationship types with another base.
      if (!rel.type.endsWith("/table") || rel.part === undefined) continue;
      tables.push(await readTable(pkg, rel.part, sheet));
    }
  }
  return tables;
}

async function readTable(pkg: XlsxPackage, part: string, sheet: string): Promise<ExcelTable> {
  const xml = pkg.text(part);
  if (xml === null) throw new Error(`${part}, which a sheet relates to, is missing`);
  let root: string | undefined;
  // A table part is small (a line per column), so it is read whole: the preview's zlib inflates no streams.
  await scanXml([xml], {
    wantsText: false,
    open(name, attributes) {
      if (root !== undefined) return;
      if (name !== "table") throw new Error(`${part} holds <${name}>, not a table`);
      root = attributes;
    },
    close() {},
    text() {},
  });
  const attributes = root!;
  const name = attributeOf(attributes, "displayName") ?? attributeOf(attributes, "name") ?? "";
  const ref = attributeOf(attributes, "ref") ?? "";
  if (name === "" || !A1_RANGE.test(ref)) throw new Error(`${part} has no name or no range`);
  return {
    name,
    sheet,
    ref: ref.replace(/\$/g, "").toUpperCase(),
    // The defaults of the schema (CT_Table): a header row, no totals row. `totalsRowShown` only says whether
    // a totals row was ever shown, not whether one is now.
    headerRowCount: count(attributeOf(attributes, "headerRowCount"), 1),
    totalsRowCount: count(attributeOf(attributes, "totalsRowCount"), 0),
  };
}

/** 0 or 1: Excel shows at most one header row and one totals row. */
function count(text: string | undefined, otherwise: number): number {
  return text === undefined ? otherwise : Number(text) > 0 ? 1 : 0;
}
