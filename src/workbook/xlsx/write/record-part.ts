/**
 * Budget Check's record (stamp and accepted findings) as a custom XML part of the package, where Excel keeps
 * it across save and reopen: `customXml/itemN.xml`, its `itemPropsN.xml` naming our namespace, and a
 * relationship from the workbook part. Adding or updating it touches no other part but the workbook's
 * relationships and `[Content_Types].xml` (when the part is new).
 */
import { randomUUID } from "node:crypto";
import { EMPTY_RECORD, RECORD_NAMESPACE, recordFromXml, recordToXml, type WorkbookRecord } from "../../../core/stamp/record";
import { folderOf, REL_TYPE, Relationships, relsPartOf, type Package } from "./package";
import { officeDocumentPart, openPackage } from "./write-sheets";

const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

interface Located {
  readonly part: string;
  readonly record: WorkbookRecord;
}

async function findRecord(pkg: Package, rels: Relationships): Promise<Located | null> {
  for (const rel of rels.list) {
    if (rel.type !== REL_TYPE.customXml || rel.part === undefined) continue;
    const xml = await pkg.text(rel.part);
    const record = xml === null ? null : recordFromXml(xml);
    if (record !== null) return { part: rel.part, record };
  }
  return null;
}

async function workbookRels(pkg: Package): Promise<{ workbookPart: string; relsPart: string; rels: Relationships }> {
  const workbookPart = await officeDocumentPart(pkg);
  const relsPart = relsPartOf(workbookPart);
  return { workbookPart, relsPart, rels: new Relationships((await pkg.text(relsPart)) ?? emptyRels(), workbookPart) };
}

/** The record the workbook holds, or an empty one. Throws `WorkbookWriteError` when the file is no package. */
export async function readRecordFromXlsx(input: Uint8Array): Promise<WorkbookRecord> {
  const pkg = await openPackage(input);
  return (await findRecord(pkg, (await workbookRels(pkg)).rels))?.record ?? EMPTY_RECORD;
}

/** A copy of the package with the record written: our part replaced in place, or added. */
export async function writeRecordIntoXlsx(input: Uint8Array, record: WorkbookRecord): Promise<Buffer> {
  const pkg = await openPackage(input);
  const { workbookPart, relsPart, rels } = await workbookRels(pkg);
  const found = await findRecord(pkg, rels);
  if (found !== null) {
    pkg.put(found.part, recordToXml(record));
    return pkg.generate();
  }
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  pkg.put(item, recordToXml(record));
  pkg.put(props, itemPropsXml());
  pkg.put(relsPartOf(item), itemRelsXml(`itemProps${n}.xml`));
  const up = "../".repeat(folderOf(workbookPart).split("/").length - 1);
  rels.add(REL_TYPE.customXml, `${up}${item}`);
  pkg.put(relsPart, rels.toXml());
  const types = await pkg.contentTypes();
  types.ensureOverride(props, PROPS_CONTENT_TYPE);
  // Excel's packages declare xml by default; an override makes sure of it in any other.
  types.ensureOverride(item, "application/xml");
  pkg.saveContentTypes(types);
  return pkg.generate();
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

function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}
