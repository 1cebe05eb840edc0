/**
 * Budget Check's record (stamp and accepted findings) as a custom XML part of the package, where Excel keeps
 * it across save and reopen: `customXml/itemN.xml`, its `itemPropsN.xml` naming our namespace, and a
 * relationship from the workbook part. Adding or updating it touches no other part but the workbook's
 * relationships and `[Content_Types].xml` (when the part is new).
 */
import { randomUUID } from "node:crypto";
import { RECORD_NAMESPACE, recordToXml, type WorkbookRecord } from "../../../core/stamp/record";
import { CONTENT_TYPES_PART } from "../package/content-types";
import { PackageEdit } from "../package/package-edit";
import { folderOf, REL_TYPE, relsPartOf } from "../package/relationships";
import type { XlsxInput } from "../package/xlsx-package";
import { findRecord, workbookRelationships } from "../read/record";
import { damagedUnlessRead, packageToWrite, parsedPart } from "./write-sheets";

const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** A copy of the package with the record written: our part replaced in place, or added. */
export async function writeRecordIntoXlsx(input: XlsxInput, record: WorkbookRecord): Promise<Buffer> {
  const pkg = packageToWrite(input);
  const edit = new PackageEdit(pkg);
  const { workbookPart, relsPart, rels } = parsedPart(relsPartOf(pkg.officeDocumentPart()), () => workbookRelationships(pkg));
  const found = damagedUnlessRead(() => findRecord(pkg, rels));
  if (found !== null) {
    edit.put(found.part, recordToXml(record));
    return edit.toZip();
  }
  let n = 1;
  while (edit.has(`customXml/item${n}.xml`) || edit.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  edit.put(item, recordToXml(record));
  edit.put(props, itemPropsXml());
  edit.put(relsPartOf(item), itemRelsXml(`itemProps${n}.xml`));
  const up = "../".repeat(folderOf(workbookPart).split("/").length - 1);
  rels.add(REL_TYPE.customXml, `${up}${item}`);
  edit.put(relsPart, rels.toXml());
  const types = parsedPart(CONTENT_TYPES_PART, () => edit.contentTypes());
  types.ensureOverride(props, PROPS_CONTENT_TYPE);
  // Excel's packages declare xml by default; an override makes sure of it in any other.
  types.ensureOverride(item, "application/xml");
  edit.saveContentTypes(types);
  return edit.toZip();
}

function itemPropsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function itemRelsXml(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_TYPE.customXmlProps}" Target="${target}"/></Relationships>`
  );
}
