/**
 * Puts generated sheets into a copy of a user's .xlsx by splicing the package: every existing part stays
 * byte for byte except workbook.xml, its relationships, [Content_Types].xml and styles.xml, which are edited
 * as text. (A round trip through ExcelJS would drop sheet-scoped and constant names, charts and pivots, and
 * rewrite every sheet and style.) The output is built in memory and returned whole, or an error is thrown.
 */
import type { CellStyle, SheetRole, SheetSpec, SpecCell, SpecLink, SummaryBook } from "../../../core/summary/sheet-spec";
import { UnreadableWorkbookError } from "../../port";
import { CONTENT_TYPE, CONTENT_TYPES_PART, type ContentTypes } from "../package/content-types";
import { PackageEdit } from "../package/package-edit";
import { EMPTY_RELATIONSHIPS, folderOf, REL_TYPE, Relationships, relsPartOf, type Relationship } from "../package/relationships";
import { XlsxPackage, type XlsxInput } from "../package/xlsx-package";
import { sheetXml, titleRowsRef } from "./sheet-xml";
import { checkBookSheets, chooseSheetNames, MARKER_NAMES, quotedSheet, sheetOfReference } from "../../../core/summary/generated-sheets";
import { markerOf } from "./sheet-names";
import { emptyStyleSheet, StyleSheet } from "./styles";
import { WorkbookPart, type SheetEntry } from "./workbook-parts";

export interface WriteSheetsOptions {
  /** The language of the default font, should the workbook have no stylesheet to take one from. */
  readonly lang: "ko" | "en";
}

export interface WriteSheetsResult {
  readonly data: Buffer;
  /**
   * The name each role's sheet has in the output. Only the roles the book holds have a key: the type is the
   * callers' contract, and a book always holds the summary.
   */
  readonly sheetNames: Record<SheetRole, string>;
  /** Roles whose wanted name was a sheet of the user's, so ours got `요약 (2)` or the like. */
  readonly renamedBecauseTaken: SheetRole[];
}

export type WriteRefusal = "unreadable" | "strict-format" | "structure-protected";

/** A workbook we will not write into; the shells say why in the user's language. */
export class WorkbookWriteError extends Error {
  constructor(
    readonly reason: WriteRefusal,
    readonly detail = "",
  ) {
    super(`cannot write into the workbook: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookWriteError";
  }
}

/** A date cell whose style has no number format still shows as a date. */
const DATE_FORMAT = "yyyy-mm-dd";

interface Target {
  readonly spec: SheetSpec;
  /** Our sheet from an earlier run, replaced in place. */
  readonly existing?: { readonly index: number; readonly sheet: SheetEntry; readonly part: string };
}

export async function writeSheetsIntoXlsx(input: XlsxInput, book: SummaryBook, options: WriteSheetsOptions): Promise<WriteSheetsResult> {
  checkBookSheets(book);
  const pkg = packageToWrite(input);
  const edit = new PackageEdit(pkg);
  const workbookPart = pkg.officeDocumentPart();
  const workbookXml = damagedUnlessRead(() => pkg.text(workbookPart)!);
  const workbook = parsedPart(workbookPart, () => new WorkbookPart(workbookXml));
  if (workbook.strict) throw new WorkbookWriteError("strict-format");
  if (workbook.structureLocked) throw new WorkbookWriteError("structure-protected");
  const relsPart = relsPartOf(workbookPart);
  const relsXml = damagedUnlessRead(() => pkg.text(relsPart));
  if (relsXml === null) throw new WorkbookWriteError("unreadable", `${relsPart} is missing`);
  const rels = parsedPart(relsPart, () => new Relationships(relsXml, workbookPart));
  const types = parsedPart(CONTENT_TYPES_PART, () => edit.contentTypes());

  const targets = findTargets(book, workbook, rels);
  const replaced = new Set(targets.flatMap((t) => (t.existing ? [t.existing.index] : [])));
  const names = chooseSheetNames(workbook.sheets, replaced, targets.map((t) => t.spec.name));
  const sheetNames = {} as Record<SheetRole, string>;
  targets.forEach((t, i) => (sheetNames[t.spec.role] = names[i]));

  const stylesRel = rels.byType(REL_TYPE.styles);
  const stylesPart = stylesRel?.part ?? `${folderOf(workbookPart)}styles.xml`;
  const stylesXml = damagedUnlessRead(() => pkg.text(stylesPart)) ?? emptyStyleSheet();
  const styles = parsedPart(stylesPart, () => new StyleSheet(stylesXml, options.lang));

  const linkedName = (link: SpecLink): string => {
    if ("sheet" in link) return link.sheet;
    const name: string | undefined = sheetNames[link.role];
    if (name === undefined) throw new Error(`a link to the ${link.role} sheet, which this book does not write`);
    return name;
  };

  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const reservedParts = new Set<string>();
  const sheetIndexes: number[] = [];
  let appended = 0;
  targets.forEach((target, i) => {
    const { spec, existing } = target;
    let part: string;
    if (existing) {
      part = existing.part;
      if (existing.sheet.name !== names[i]) workbook.renameSheet(existing.sheet, names[i]);
      sheetIndexes.push(existing.index);
    } else {
      const n = freeSheetNumber(edit, folderOf(workbookPart), reservedParts);
      part = `${folderOf(workbookPart)}worksheets/sheet${n}.xml`;
      reservedParts.add(part.toLowerCase());
      workbook.addSheet(names[i], nextSheetId++, rels.add(REL_TYPE.worksheet, `worksheets/sheet${n}.xml`));
      sheetIndexes.push(workbook.sheets.length + appended++);
    }
    // Our sheet refers to no other part, only to other files its links open: whatever an old one pointed at goes.
    const sheetRels = new Relationships(EMPTY_RELATIONSHIPS, part);
    edit.put(
      part,
      sheetXml(spec, {
        styleIndex: (cell) => styleIndex(styles, spec, cell),
        sheetName: linkedName,
        externalLinkId: (file) => sheetRels.add(REL_TYPE.hyperlink, fileUri(file), true),
        dateOffsetDays: workbook.date1904 ? 1462 : 0,
      }),
    );
    if (sheetRels.changed) edit.put(relsPartOf(part), sheetRels.toXml());
    else edit.remove(relsPartOf(part));
    types.ensureOverride(part, CONTENT_TYPE.worksheet);
  });

  updateNames(workbook, targets, names, sheetIndexes);
  if (replaced.size > 0) dropCalcChain(edit, rels, types);

  edit.put(stylesPart, styles.toXml());
  if (stylesRel === undefined) rels.add(REL_TYPE.styles, stylesPart.slice(folderOf(workbookPart).length));
  types.ensureOverride(stylesPart, CONTENT_TYPE.styles);
  edit.put(workbookPart, workbook.toXml());
  edit.put(relsPart, rels.toXml());
  edit.saveContentTypes(types);

  const renamedBecauseTaken = targets.filter((t, i) => names[i] !== t.spec.name).map((t) => t.spec.role);
  return { data: edit.toZip(), sheetNames, renamedBecauseTaken };
}

/** A relative path as a URI reference: each folder and the name percent-encoded, so `#` or a space stays part of it. */
function fileUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

/** The package to write into; bytes that are none are refused as unreadable. */
export function packageToWrite(input: XlsxInput): XlsxPackage {
  try {
    return XlsxPackage.of(input, "");
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new WorkbookWriteError("unreadable", error.detail || error.reason);
    throw error;
  }
}

/**
 * A part of the input read and parsed for editing: one that cannot be inflated or parsed makes the file damaged
 * (never our fault), and the message names the part.
 */
export function parsedPart<T>(part: string, parse: () => T): T {
  return damagedUnlessRead(parse, `${part}: `);
}

/** Reads of the input whose errors name their part themselves: a failure is a damaged file. */
export function damagedUnlessRead<T>(read: () => T, prefix = ""): T {
  try {
    return read();
  } catch (error) {
    throw new WorkbookWriteError("unreadable", `${prefix}${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Each spec's sheet from an earlier run: the worksheet its role's marker points to, if any. */
function findTargets(book: SummaryBook, workbook: WorkbookPart, rels: Relationships): Target[] {
  const claimed = new Set<number>();
  return book.sheets.map((spec) => {
    const marker = markerOf(workbook.names, spec.role);
    const sheetName = marker === undefined ? undefined : sheetOfReference(marker.formula);
    const index = sheetName === undefined ? -1 : workbook.sheetIndex(sheetName);
    const sheet = workbook.sheets[index];
    const rel: Relationship | undefined = sheet === undefined ? undefined : rels.byId(sheet.relId);
    if (sheet === undefined || claimed.has(index) || rel?.type !== REL_TYPE.worksheet || rel.part === undefined) return { spec };
    claimed.add(index);
    return { spec, existing: { index, sheet, part: rel.part } };
  });
}

function styleIndex(styles: StyleSheet, spec: SheetSpec, cell: SpecCell): number | undefined {
  let style: CellStyle | undefined;
  if (cell.style !== undefined) {
    style = spec.styles[cell.style];
    if (style === undefined) throw new Error(`sheet ${spec.name}: no style "${cell.style}"`);
  }
  if ("date" in cell.content && style?.numberFormat === undefined) return styles.xfIndex(dated(style));
  return style === undefined ? undefined : styles.xfIndex(style);
}

const DATED: CellStyle = { numberFormat: DATE_FORMAT };
const datedStyles = new WeakMap<CellStyle, CellStyle>();

/** A style with the date format added: one object for each style, so that the style sheet knows it again. */
function dated(style: CellStyle | undefined): CellStyle {
  if (style === undefined) return DATED;
  let withDate = datedStyles.get(style);
  if (withDate === undefined) datedStyles.set(style, (withDate = { ...style, numberFormat: DATE_FORMAT }));
  return withDate;
}

/** The first `sheetN.xml` not in the package (nor taken by this run). */
function freeSheetNumber(edit: PackageEdit, folder: string, reserved: ReadonlySet<string>): number {
  for (let n = 1; ; n++) {
    const part = `${folder}worksheets/sheet${n}.xml`;
    if (!edit.has(part) && !reserved.has(part.toLowerCase())) return n;
  }
}

/** Repoints each role's hidden marker at its sheet, and sets the rows printed on every page. */
function updateNames(workbook: WorkbookPart, targets: readonly Target[], names: readonly string[], indexes: readonly number[]): void {
  const ours = new Set(indexes);
  for (const name of workbook.names) {
    const staleMarker = targets.some((t) => markerOf([name], t.spec.role) !== undefined);
    const ourTitles = name.name === "_xlnm.Print_Titles" && name.localSheetId !== undefined && ours.has(name.localSheetId);
    if (staleMarker || ourTitles) workbook.removeName(name);
  }
  targets.forEach(({ spec }, i) => {
    workbook.addName({ name: MARKER_NAMES[spec.role], hidden: true, formula: `${quotedSheet(names[i])}!$A$1` });
    const titles = titleRowsRef(spec);
    if (titles !== undefined) workbook.addName({ name: "_xlnm.Print_Titles", localSheetId: indexes[i], formula: `${quotedSheet(names[i])}!${titles}` });
  });
}

/**
 * The calculation chain lists formula cells by sheet; after a sheet is replaced it would name cells that no
 * longer hold formulas, which Excel reports as damage. Without it, Excel rebuilds the chain.
 */
function dropCalcChain(edit: PackageEdit, rels: Relationships, types: ContentTypes): void {
  const rel = rels.byType(REL_TYPE.calcChain);
  if (rel?.part === undefined) return;
  edit.remove(rel.part);
  rels.remove(rel);
  types.removeOverride(rel.part);
}
