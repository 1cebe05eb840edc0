/**
 * Budget Check's record (stamp and accepted findings) as the package keeps it: a custom XML part in our
 * namespace, related from the workbook part (see ../write/record.ts for how it is written).
 */
import { EMPTY_RECORD, recordFromXml, type WorkbookRecord } from "../../../core/stamp/record";
import { EMPTY_RELATIONSHIPS, REL_TYPE, Relationships, relsPartOf } from "../package/relationships";
import { UnreadableWorkbookError } from "../../port";
import { XlsxPackage, type XlsxInput } from "../package/xlsx-package";

interface LocatedRecord {
  readonly part: string;
  readonly record: WorkbookRecord;
}

/** The workbook part's relationships, and where they are kept. */
export function workbookRelationships(pkg: XlsxPackage): { workbookPart: string; relsPart: string; rels: Relationships } {
  const workbookPart = pkg.officeDocumentPart();
  const relsPart = relsPartOf(workbookPart);
  return { workbookPart, relsPart, rels: new Relationships(pkg.text(relsPart) ?? EMPTY_RELATIONSHIPS, workbookPart) };
}

/** The custom XML part holding our record, if the workbook relates one. */
export function findRecord(pkg: XlsxPackage, rels: Relationships): LocatedRecord | null {
  for (const rel of rels.list) {
    if (rel.type !== REL_TYPE.customXml || rel.part === undefined) continue;
    const xml = pkg.text(rel.part);
    const record = xml === null ? null : recordFromXml(xml);
    if (record !== null) return { part: rel.part, record };
  }
  return null;
}

/** The record the workbook holds, or an empty one. `label` names the file should its bytes be no package. */
export async function readRecordFromXlsx(input: XlsxInput, label = "workbook.xlsx"): Promise<WorkbookRecord> {
  const pkg = XlsxPackage.of(input, label);
  try {
    return findRecord(pkg, workbookRelationships(pkg).rels)?.record ?? EMPTY_RECORD;
  } catch (error) {
    // A part that cannot be inflated or parsed: the file is damaged, never our fault.
    throw new UnreadableWorkbookError(pkg.label, "corrupt", error instanceof Error ? error.message : String(error));
  }
}
