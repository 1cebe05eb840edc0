import { EMPTY_RELATIONSHIPS, REL_TYPE } from "../package/relationships";
import { newEntry, zipOf } from "../package/zip-writer";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The smallest package `writeSheetsIntoXlsx` can write into: a workbook with no sheet and no styles (the writer
 * adds both), for an output that is nobody's copy, such as the consolidated summary of many files.
 */
export async function emptyWorkbookXlsx(): Promise<Buffer> {
  return zipOf([
    newEntry(
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        "</Types>",
    ),
    newEntry(
      "_rels/.rels",
      EMPTY_RELATIONSHIPS.replace("</Relationships>", `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`),
    ),
    newEntry(
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        "<bookViews><workbookView/></bookViews><sheets></sheets></workbook>",
    ),
    newEntry("xl/_rels/workbook.xml.rels", EMPTY_RELATIONSHIPS),
  ]);
}
