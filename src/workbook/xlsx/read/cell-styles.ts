/**
 * What a cell's style (`s` of a cell) from `xl/styles.xml` tells the reader: its number format, the style's
 * `numFmtId` looked up among the workbook's own `<numFmts>` and then among the built-in formats (style 0, a
 * missing style and format 0 give no format: General); and its indent level (`<alignment indent="n">`, 0 when
 * none). Read once per package, in one pass.
 */
import { attributeOf, scanXml, type XmlHandler } from "./xml-scanner";

/**
 * The built-in formats a file refers to by id alone (ECMA-376 Part 1, 18.8.30). The ids the standard leaves to
 * the reader's locale (27–36, 50–81) have no code of their own here: their cells read as General.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellStyles {
  numberFormat(styleIndex: number): string | undefined;
  indent(styleIndex: number): number;
}

/** A workbook without a stylesheet: every cell General, none indented. */
export const NO_STYLES: CellStyles = { numberFormat: () => undefined, indent: () => 0 };

export async function readCellStyles(chunks: AsyncIterable<string> | Iterable<string>): Promise<CellStyles> {
  const handler = new StylesHandler();
  await scanXml(chunks, handler);
  const { custom, styles, indents } = handler;
  return {
    numberFormat(styleIndex) {
      if (!styleIndex) return undefined;
      const id = styles[styleIndex];
      return id ? custom.get(id) || BUILT_IN_FORMATS[id] : undefined;
    },
    indent: (styleIndex) => indents.get(styleIndex) ?? 0,
  };
}

class StylesHandler implements XmlHandler {
  readonly custom = new Map<number, string>();
  /** `numFmtId` of each cell style (`<cellXfs>`), in order; NaN where none is given. */
  readonly styles: number[] = [];
  /** Indent level of the cell styles that have one above 0, by style index: most styles have none. */
  readonly indents = new Map<number, number>();
  private inNumFmts = false;
  /** Depth inside `<cellXfs>`: only its own `<xf>` children are cell styles. */
  private cellXfsDepth = 0;
  readonly wantsText = false;

  open(name: string, attributes: string): void {
    if (this.cellXfsDepth > 0) {
      if (this.cellXfsDepth === 1 && name === "xf") this.styles.push(parseInt(attributeOf(attributes, "numFmtId") ?? "", 10));
      else if (this.cellXfsDepth === 2 && name === "alignment") this.addIndent(attributeOf(attributes, "indent"));
      this.cellXfsDepth++;
      return;
    }
    if (name === "cellXfs") this.cellXfsDepth = 1;
    else if (name === "numFmts") this.inNumFmts = true;
    else if (name === "numFmt" && this.inNumFmts) {
      this.custom.set(parseInt(attributeOf(attributes, "numFmtId") ?? "", 10), attributeOf(attributes, "formatCode") ?? "");
    }
  }

  /** The indent of the `<xf>` read last, whose `<alignment>` this is. */
  private addIndent(indent: string | undefined): void {
    const level = parseInt(indent ?? "", 10);
    if (level > 0) this.indents.set(this.styles.length - 1, level);
  }

  close(name: string): void {
    if (this.cellXfsDepth > 0) this.cellXfsDepth--;
    else if (name === "numFmts") this.inNumFmts = false;
  }

  text(): void {}
}
