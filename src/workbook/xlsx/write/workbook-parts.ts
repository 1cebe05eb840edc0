/**
 * Reads and edits `xl/workbook.xml` as text: sheets are added at the end of `<sheets>` (so every existing
 * `localSheetId` stays right), ours renamed in place, names added to `<definedNames>` and `<calcPr>` told to
 * recalculate on load. Every other byte, the user's own names included, stays as it was.
 */
import { applySplices, decodeXmlEntities, escapeAttr, escapeText, findElement, findElements, rawAttributes, rootPrefix, setAttribute, type ElementSpan, type Splice } from "../package/xml";
import { parseWorkbookXml } from "../read/workbook-xml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly span: ElementSpan;
}

export interface NameEntry {
  readonly name: string;
  readonly localSheetId: number | undefined;
  /** The formula text, entities decoded. */
  readonly formula: string;
  readonly span: ElementSpan;
}

export interface NewName {
  readonly name: string;
  readonly localSheetId?: number;
  readonly hidden?: boolean;
  readonly formula: string;
}

export class WorkbookPart {
  readonly sheets: SheetEntry[];
  readonly names: NameEntry[];
  readonly date1904: boolean;
  /** Excel forbids adding sheets to a workbook whose structure is protected. */
  readonly structureLocked: boolean;
  /** Whether the part uses ISO 29500 Strict namespaces, which this writer does not produce. */
  readonly strict: boolean;
  private readonly p: string;
  /** The prefix the root declares for relationship ids: in scope for every sheet, the ones we add included. */
  private readonly relPrefix: string | undefined;
  private readonly sheetsSpan: ElementSpan;
  private readonly definedNames: ElementSpan | null;
  private readonly splices: Splice[] = [];
  private readonly addedSheets: string[] = [];
  private readonly addedNames: string[] = [];

  constructor(private readonly xml: string) {
    const p = rootPrefix(xml, "workbook");
    this.p = p;
    this.strict = xml.includes(STRICT_NS);
    this.relPrefix = relPrefixOf(findElement(xml, `${p}workbook`)?.startTag ?? "");
    const sheets = findElement(xml, `${p}sheets`);
    if (sheets === null) throw new Error("workbook.xml has no <sheets>");
    this.sheetsSpan = sheets;
    this.sheets = findElements(xml, `${p}sheet`, sheets.contentStart, sheets.contentEnd).map((span) => {
      const attrs = rawAttributes(span.startTag);
      return {
        name: decodeXmlEntities(attrs.get("name") ?? ""),
        sheetId: Number(attrs.get("sheetId")),
        // Some writers declare the prefix on each <sheet> rather than on the root.
        relId: decodeXmlEntities(attrs.get(`${relPrefixOf(span.startTag) ?? this.relPrefix ?? "r"}:id`) ?? ""),
        span,
      };
    });
    this.definedNames = findElement(xml, `${p}definedNames`);
    this.names = this.definedNames === null ? [] : this.readNames(this.definedNames);
    this.date1904 = parseWorkbookXml(xml).date1904;
    const protection = findElement(xml, `${p}workbookProtection`);
    this.structureLocked = /^(1|true)$/.test(rawAttributes(protection?.startTag ?? "").get("lockStructure") ?? "");
  }

  sheetIndex(name: string): number {
    return this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  renameSheet(sheet: SheetEntry, name: string): void {
    const startTag = setAttribute(sheet.span.startTag, "name", escapeAttr(name));
    this.splices.push({ at: sheet.span.start, remove: sheet.span.startTag.length, insert: startTag });
  }

  /** Appends a sheet to the tab order; it takes the index `sheets.length` + the sheets added before it. */
  addSheet(name: string, sheetId: number, relId: string): void {
    const rel = this.relPrefix ?? "r";
    const declaration = this.relPrefix === undefined ? ` xmlns:r="${REL_NS}"` : "";
    this.addedSheets.push(`<${this.p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${declaration} ${rel}:id="${escapeAttr(relId)}"/>`);
  }

  removeName(name: NameEntry): void {
    this.splices.push({ at: name.span.start, remove: name.span.end - name.span.start, insert: "" });
  }

  addName(name: NewName): void {
    const scope = name.localSheetId === undefined ? "" : ` localSheetId="${name.localSheetId}"`;
    const hidden = name.hidden ? ' hidden="1"' : "";
    const tag = `${this.p}definedName`;
    this.addedNames.push(`<${tag} name="${escapeAttr(name.name)}"${scope}${hidden}>${escapeText(name.formula)}</${tag}>`);
  }

  /**
   * The edited part, with `fullCalcOnLoad` set so Excel computes our formulas when it opens the file; names
   * alone (`recalculate: false`) bring no formula to compute.
   */
  toXml({ recalculate = true }: { readonly recalculate?: boolean } = {}): string {
    const p = this.p;
    const splices = [...this.splices];
    if (this.addedSheets.length > 0) splices.push({ at: this.sheetsSpan.contentEnd, remove: 0, insert: this.addedSheets.join("") });

    const names = this.addedNames.join("");
    let afterNames: number;
    if (this.definedNames === null) {
      afterNames = this.afterSheets();
      if (names !== "") splices.push({ at: afterNames, remove: 0, insert: `<${p}definedNames>${names}</${p}definedNames>` });
    } else if (this.definedNames.selfClosing) {
      afterNames = this.definedNames.end;
      const open = this.definedNames.startTag.replace(/\s*\/>$/, ">");
      if (names !== "") splices.push({ at: this.definedNames.start, remove: afterNames - this.definedNames.start, insert: `${open}${names}</${p}definedNames>` });
    } else {
      afterNames = this.definedNames.end;
      splices.push({ at: this.definedNames.contentEnd, remove: 0, insert: names });
    }

    if (recalculate) splices.push(this.recalculateOnLoad(afterNames));
    return applySplices(this.xml, splices);
  }

  private recalculateOnLoad(afterNames: number): Splice {
    const calcPr = findElement(this.xml, `${this.p}calcPr`);
    // CT_Workbook puts calcPr right after definedNames.
    if (calcPr === null) return { at: afterNames, remove: 0, insert: `<${this.p}calcPr fullCalcOnLoad="1"/>` };
    return { at: calcPr.start, remove: calcPr.startTag.length, insert: setAttribute(calcPr.startTag, "fullCalcOnLoad", "1") };
  }

  private readNames(definedNames: ElementSpan): NameEntry[] {
    return findElements(this.xml, `${this.p}definedName`, definedNames.contentStart, definedNames.contentEnd).map((span) => {
      const attrs = rawAttributes(span.startTag);
      const local = attrs.get("localSheetId");
      return {
        name: decodeXmlEntities(attrs.get("name") ?? ""),
        localSheetId: local === undefined ? undefined : Number(local),
        formula: decodeXmlEntities(this.xml.slice(span.contentStart, span.contentEnd)),
        span,
      };
    });
  }

  /** Where `<definedNames>` goes when there is none: after sheets, functionGroups and externalReferences. */
  private afterSheets(): number {
    let at = this.sheetsSpan.end;
    for (const tag of ["functionGroups", "externalReferences"]) {
      const span = findElement(this.xml, `${this.p}${tag}`, at);
      if (span !== null) at = span.end;
    }
    return at;
  }
}

/** The prefix a start tag itself declares for the relationships namespace, if it declares one. */
function relPrefixOf(startTag: string): string | undefined {
  for (const [name, value] of rawAttributes(startTag)) if (name.startsWith("xmlns:") && value === REL_NS) return name.slice(6);
  return undefined;
}
