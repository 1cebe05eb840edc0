/**
 * Appends our cell formats to a workbook's `xl/styles.xml`. Existing entries are never changed or reordered,
 * so every existing cell keeps its look; we add number formats, fonts, fills, borders and one `<xf>` in
 * `cellXfs` per distinct style, and update the `count` attributes.
 */
import type { CellStyle } from "../../../core/summary/sheet-spec";
import { applySplices, decodeXmlEntities, escapeAttr, findElement, findElements, rawAttributes, rootPrefix, setAttribute, type ElementSpan, type Splice } from "../package/xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** CT_Stylesheet's children, in schema order. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Sections an `<xf>` points into, with the entries a stylesheet must start with when a section is missing. */
const REQUIRED_SECTIONS = ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
type Section = "numFmts" | (typeof REQUIRED_SECTIONS)[number];
const CHILD: Record<Section, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
};

/** Built-in number formats that are the same in every locale, by format code. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** The workbook's default font when there is no stylesheet to take it from. */
const DEFAULT_FONT = {
  ko: '<font><sz val="11"/><name val="맑은 고딕"/><family val="2"/><charset val="129"/></font>',
  en: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
} as const;

export function emptyStyleSheet(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;
}

export class StyleSheet {
  private readonly p: string;
  private readonly sections = new Map<Section, ElementSpan>();
  /** How many entries each section holds before ours, counting the defaults a missing section gets. */
  private readonly baseCounts = new Map<Section, number>();
  private readonly defaults: Record<Section, string[]>;
  private readonly formats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  /** The default font's size, colour, name, family, charset and scheme: the base of our fonts. */
  private readonly fontBase: Record<"sz" | "color" | "rest", string>;
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  private readonly indexes = new Map<string, number>();
  private readonly byObject = new WeakMap<CellStyle, number>();

  constructor(
    private readonly xml: string,
    lang: "ko" | "en",
  ) {
    const p = rootPrefix(xml, "styleSheet");
    this.p = p;
    this.defaults = {
      numFmts: [],
      fonts: [DEFAULT_FONT[lang].replace(/<(\/?)/g, `<$1${p}`)],
      fills: [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`],
      borders: [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
      cellStyleXfs: [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
      cellXfs: [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
    };
    for (const section of ["numFmts", ...REQUIRED_SECTIONS] as const) {
      const span = findElement(xml, `${p}${section}`);
      if (span !== null) this.sections.set(section, span);
      const children = span === null ? this.defaults[section].length : this.children(span, section).length;
      this.baseCounts.set(section, children);
    }
    this.readFormats();
    this.fontBase = this.readDefaultFont();
  }

  /** The `cellXfs` index of a cell with this style; one index per distinct style. */
  xfIndex(style: CellStyle): number {
    // A sheet's cells share a few style objects: each is keyed once, not once for each of its many cells.
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = canonicalKey(style);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.add("cellXfs", this.xf(style));
      this.indexes.set(key, index);
    }
    this.byObject.set(style, index);
    return index;
  }

  toXml(): string {
    if (this.added.cellXfs.length === 0) return this.xml;
    const splices: Splice[] = [];
    const p = this.p;
    for (const section of ["numFmts", ...REQUIRED_SECTIONS] as const) {
      const added = this.added[section];
      const span = this.sections.get(section);
      const tag = `${p}${section}`;
      if (span === undefined) {
        if (section === "numFmts" && added.length === 0) continue;
        const entries = [...this.defaults[section], ...added];
        splices.push({ at: this.insertionPoint(section), remove: 0, insert: `<${tag} count="${entries.length}">${entries.join("")}</${tag}>` });
      } else if (added.length > 0) {
        const count = String(this.baseCounts.get(section)! + added.length);
        const startTag = setAttribute(span.startTag, "count", count);
        if (span.selfClosing) {
          const open = startTag.replace(/\s*\/>$/, ">");
          splices.push({ at: span.start, remove: span.end - span.start, insert: `${open}${added.join("")}</${tag}>` });
        } else {
          splices.push({ at: span.start, remove: span.startTag.length, insert: startTag });
          splices.push({ at: span.contentEnd, remove: 0, insert: added.join("") });
        }
      }
    }
    return applySplices(this.xml, splices);
  }

  private add(section: Section, entry: string, dedupe = section !== "cellXfs"): number {
    const added = this.added[section];
    const existing = dedupe ? added.indexOf(entry) : -1;
    if (existing >= 0) return this.baseCounts.get(section)! + existing;
    added.push(entry);
    return this.baseCounts.get(section)! + added.length - 1;
  }

  private xf(style: CellStyle): string {
    const p = this.p;
    const numFmtId = style.numberFormat === undefined ? 0 : this.formatId(style.numberFormat);
    const fontId = hasFont(style) ? this.add("fonts", this.font(style)) : 0;
    const fillId = style.fill === undefined ? 0 : this.add("fills", this.fill(style.fill));
    const borderId = hasBorder(style) ? this.add("borders", this.border(style)) : 0;
    const alignment = [
      style.horizontal && `horizontal="${style.horizontal}"`,
      style.vertical && `vertical="${style.vertical}"`,
      style.wrap && `wrapText="1"`,
      style.indent && `indent="${style.indent}"`,
    ].filter(Boolean);
    const apply = [
      numFmtId !== 0 && `applyNumberFormat="1"`,
      fontId !== 0 && `applyFont="1"`,
      fillId !== 0 && `applyFill="1"`,
      borderId !== 0 && `applyBorder="1"`,
      alignment.length > 0 && `applyAlignment="1"`,
    ].filter(Boolean);
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply.map((a) => ` ${a}`).join("")}`;
    return alignment.length === 0 ? `${head}/>` : `${head}><${p}alignment ${alignment.join(" ")}/></${p}xf>`;
  }

  private formatId(code: string): number {
    const known = BUILTIN_FORMATS[code] ?? this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private font(style: CellStyle): string {
    const p = this.p;
    const size = style.fontSize === undefined ? this.fontBase.sz : `<${p}sz val="${style.fontSize}"/>`;
    const color = style.fontColor === undefined ? this.fontBase.color : `<${p}color rgb="${argb(style.fontColor)}"/>`;
    const flags = `${style.bold ? `<${p}b/>` : ""}${style.italic ? `<${p}i/>` : ""}${style.underline ? `<${p}u/>` : ""}`;
    return `<${p}font>${flags}${size}${color}${this.fontBase.rest}</${p}font>`;
  }

  private fill(colour: string): string {
    const p = this.p;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(colour)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private border(style: CellStyle): string {
    const p = this.p;
    const edge = (name: string, thin: boolean | undefined, medium: boolean | undefined) => {
      const line = medium ? "medium" : thin ? "thin" : undefined;
      return line === undefined ? `<${p}${name}/>` : `<${p}${name} style="${line}"><${p}color indexed="64"/></${p}${name}>`;
    };
    const b = style.border ?? {};
    return `<${p}border>${edge("left", b.left, false)}${edge("right", b.right, false)}${edge("top", b.top, style.thickTop)}${edge("bottom", b.bottom, style.thickBottom)}<${p}diagonal/></${p}border>`;
  }

  private children(span: ElementSpan, section: Section): ElementSpan[] {
    return findElements(this.xml, `${this.p}${CHILD[section]}`, span.contentStart, span.contentEnd);
  }

  private readFormats(): void {
    const span = this.sections.get("numFmts");
    if (span === undefined) return;
    for (const child of this.children(span, "numFmts")) {
      const attrs = rawAttributes(child.startTag);
      const id = Number(attrs.get("numFmtId"));
      const code = decodeXmlEntities(attrs.get("formatCode") ?? "");
      if (!this.formats.has(code)) this.formats.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  private readDefaultFont(): Record<"sz" | "color" | "rest", string> {
    const span = this.sections.get("fonts");
    const first = span === undefined ? undefined : this.children(span, "fonts")[0];
    const xml = first === undefined ? this.defaults.fonts[0] : this.xml.slice(first.start, first.end);
    const element = (name: string) => {
      const found = findElement(xml, `${this.p}${name}`);
      return found === null ? "" : xml.slice(found.start, found.end);
    };
    const sz = element("sz") || `<${this.p}sz val="11"/>`;
    return { sz, color: element("color"), rest: ["name", "family", "charset", "scheme"].map(element).join("") };
  }

  /** Before the first section that follows `section` in schema order, or before the end of the root. */
  private insertionPoint(section: Section): number {
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
      const span = this.sections.get(later as Section) ?? findElement(this.xml, `${this.p}${later}`);
      if (span !== null && span !== undefined) return span.start;
    }
    const end = this.xml.lastIndexOf(`</${this.p}styleSheet`);
    if (end < 0) throw new Error("styles.xml has no </styleSheet>");
    return end;
  }
}

function hasFont(style: CellStyle): boolean {
  return Boolean(style.bold || style.italic || style.underline) || style.fontSize !== undefined || style.fontColor !== undefined;
}

function hasBorder(style: CellStyle): boolean {
  const b = style.border;
  return Boolean(b?.top || b?.bottom || b?.left || b?.right || style.thickTop || style.thickBottom);
}

/** `#RRGGBB` → `FFRRGGBB`, as SpreadsheetML writes an opaque colour. */
export function argb(colour: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(colour);
  if (!m) throw new Error(`not a #RRGGBB colour: ${colour}`);
  return `FF${m[1].toUpperCase()}`;
}

function canonicalKey(style: CellStyle): string {
  const sorted = (value: object): object =>
    Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== false)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, typeof v === "object" && v !== null ? sorted(v) : v]),
    );
  return JSON.stringify(sorted(style));
}
