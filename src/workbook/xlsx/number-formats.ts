/**
 * The number format of each cell style (`s` of a cell) from `xl/styles.xml`, resolved as ExcelJS resolves it:
 * the style's `numFmtId`, looked up among the workbook's own `<numFmts>` and then among the built-in formats;
 * style 0, a missing style and format 0 give no format (General).
 */
import { builtInFormat } from "./exceljs-rules";
import { attributeOf, scanXml, type XmlHandler } from "./xml-scanner";

export type NumberFormats = (styleIndex: number) => string | undefined;

/** A workbook without a stylesheet: every cell General. */
export const NO_FORMATS: NumberFormats = () => undefined;

export async function readNumberFormats(chunks: AsyncIterable<string> | Iterable<string>): Promise<NumberFormats> {
  const handler = new StylesHandler();
  await scanXml(chunks, handler);
  const { custom, styles } = handler;
  return (styleIndex) => {
    if (!styleIndex) return undefined;
    const id = styles[styleIndex];
    return id ? custom.get(id) || builtInFormat(id) : undefined;
  };
}

class StylesHandler implements XmlHandler {
  readonly custom = new Map<number, string>();
  /** `numFmtId` of each cell style (`<cellXfs>`), in order; NaN where none is given. */
  readonly styles: number[] = [];
  private inNumFmts = false;
  /** Depth inside `<cellXfs>`: only its own `<xf>` children are cell styles. */
  private cellXfsDepth = 0;
  readonly wantsText = false;

  open(name: string, attributes: string): void {
    if (this.cellXfsDepth > 0) {
      if (this.cellXfsDepth === 1 && name === "xf") this.styles.push(parseInt(attributeOf(attributes, "numFmtId") ?? "", 10));
      this.cellXfsDepth++;
      return;
    }
    if (name === "cellXfs") this.cellXfsDepth = 1;
    else if (name === "numFmts") this.inNumFmts = true;
    else if (name === "numFmt" && this.inNumFmts) {
      this.custom.set(parseInt(attributeOf(attributes, "numFmtId") ?? "", 10), attributeOf(attributes, "formatCode") ?? "");
    }
  }

  close(name: string): void {
    if (this.cellXfsDepth > 0) this.cellXfsDepth--;
    else if (name === "numFmts") this.inNumFmts = false;
  }

  text(): void {}
}
