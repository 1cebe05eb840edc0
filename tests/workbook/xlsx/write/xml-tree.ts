/**
 * A namespace-aware XML tree for tests (saxes, the parser ExcelJS itself uses): a part that parses is
 * well-formed, and its elements can be checked against the SpreadsheetML schema's child order.
 */
import { SaxesParser } from "saxes";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface XmlNode {
  readonly uri: string;
  readonly local: string;
  /** Attributes by qualified name. */
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.entries(tag.attributes).map(([name, a]) => [name, a.value]));
    const node: XmlNode = { uri: tag.uri, local: tag.local, attributes, children: [], text: "" };
    if (stack.length === 0) root = node;
    else stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (root === undefined) throw new Error("no root element");
  return root;
}

export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

export function children(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** CT_Worksheet, CT_Stylesheet and CT_Workbook children, in schema order. */
export const SCHEMA_ORDER = {
  worksheet: [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
    "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
    "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
    "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
    "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
    "webPublishItems", "tableParts", "extLst",
  ],
  styleSheet: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  workbook: [
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
    "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
    "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
  ],
  sheetView: ["pane", "selection", "pivotSelection", "extLst"],
  border: ["start", "end", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal"],
  xf: ["alignment", "protection", "extLst"],
} as const;

/**
 * Problems with the order of the SpreadsheetML children of `node` (other namespaces, such as
 * `mc:AlternateContent`, are skipped): an unknown element, one out of order, or one repeated that may not be.
 */
export function orderProblems(node: XmlNode, order: readonly string[], repeatable: readonly string[] = []): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const c of node.children.filter((c) => c.uri === MAIN_NS)) {
    const rank = order.indexOf(c.local);
    if (rank < 0) problems.push(`unknown <${c.local}> in <${node.local}>`);
    else if (rank < last || (rank === last && !repeatable.includes(c.local))) problems.push(`<${c.local}> out of order in <${node.local}>`);
    last = Math.max(last, rank);
  }
  return problems;
}
