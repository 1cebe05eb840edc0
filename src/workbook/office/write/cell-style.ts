/// <reference types="office-js" />
/** A SheetSpec style set on a `RangeFormat` (of a Range or of all the areas of a RangeAreas) in a few property writes. */
import type { CellStyle } from "../../../core/summary/sheet-spec";
import type { ApiSupport } from "../run";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Whether the style's cells may be drawn as rectangles of several rows: not with a thick rule on every cell. */
export function stacks(style: CellStyle): boolean {
  return !style.thickTop && !style.thickBottom;
}

/**
 * An area holds several cells of the style, so a border on a side of each cell also runs between them:
 * left or right edges make inside vertical lines, top or bottom edges inside horizontal ones.
 */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle, supports: ApiSupport): void {
  const font = format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  // `RangeFormat.indentLevel` is ExcelApi 1.9; below it a program's name stands unindented, its bold still shows a parent.
  if (style.indent !== undefined && supports("1.9")) format.indentLevel = style.indent;

  const box = style.border ?? {};
  const edge = (index: string, weight: "Thin" | "Medium") => {
    const border = format.borders.getItem(index as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = weight;
  };
  if (box.top || style.thickTop) edge("EdgeTop", style.thickTop ? "Medium" : "Thin");
  if (box.bottom || style.thickBottom) edge("EdgeBottom", style.thickBottom ? "Medium" : "Thin");
  if (box.left) edge("EdgeLeft", "Thin");
  if (box.right) edge("EdgeRight", "Thin");
  if (box.left || box.right) edge("InsideVertical", "Thin");
  if ((box.top || box.bottom) && stacks(style)) edge("InsideHorizontal", "Thin");
}
