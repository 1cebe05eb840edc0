import JSZip from "jszip";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The smallest package `writeSheetsIntoXlsx` can write into: a workbook with no sheet and no styles (the writer
 * adds both), for an output that is nobody's copy, such as the consolidated summary of many files.
 */
export function emptyWorkbookXlsx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${RELS_NS}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
  );
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
  );
  zip.file("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${RELS_NS}"></Relationships>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
