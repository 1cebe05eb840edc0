/**
 * Packages written part by part, for what no workbook library would write: a cell at XFD1048576 beside a small
 * table, a merge over the whole sheet, 100,000 defined names, a shared string of millions of characters.
 */
import { newEntry, zipOf } from "../../src/workbook/xlsx/package/zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface CraftedSheet {
  readonly name: string;
  /** What goes inside `<sheetData>`. */
  readonly rows: string;
  /** What follows `</sheetData>`, such as `<mergeCells>`. */
  readonly after?: string;
}

export interface Crafted {
  readonly sheets: readonly CraftedSheet[];
  /** What goes inside `<definedNames>`; or the whole of workbook.xml with `workbookXml`. */
  readonly definedNames?: string;
  readonly workbookXml?: string;
  /** What goes inside `<sst>`. */
  readonly sharedStrings?: string;
}

export function craftedXlsx(crafted: Crafted): Buffer {
  const sheets = crafted.sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const workbook =
    crafted.workbookXml ??
    `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${sheets}</sheets>` +
      `${crafted.definedNames === undefined ? "" : `<definedNames>${crafted.definedNames}</definedNames>`}</workbook>`;
  const relationships = crafted.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const entries = [
    newEntry("_rels/.rels", `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    newEntry("xl/workbook.xml", workbook),
    ...crafted.sheets.map((sheet, i) =>
      newEntry(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${MAIN}"><sheetData>${sheet.rows}</sheetData>${sheet.after ?? ""}</worksheet>`),
    ),
  ];
  if (crafted.sharedStrings !== undefined) {
    relationships.push(`<Relationship Id="rIdS" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push(newEntry("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${crafted.sharedStrings}</sst>`));
  }
  entries.push(newEntry("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PACKAGE_RELS}">${relationships.join("")}</Relationships>`));
  return zipOf(entries);
}

/** A header row and `rows` rows of a budget table in A:D, inline strings and numbers. */
export function budgetRows(rows: number, firstRow = 1): string {
  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const parts = [`<row r="${firstRow}">${text(`A${firstRow}`, "사업명")}${text(`B${firstRow}`, "예산액")}${text(`C${firstRow}`, "집행액")}${text(`D${firstRow}`, "집행률")}</row>`];
  for (let i = 1; i <= rows; i++) {
    const r = firstRow + i;
    parts.push(`<row r="${r}">${text(`A${r}`, `사업${i}`)}<c r="B${r}"><v>100</v></c><c r="C${r}"><v>50</v></c><c r="D${r}"><v>50</v></c></row>`);
  }
  return parts.join("");
}
