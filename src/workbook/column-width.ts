/**
 * Column widths: files store them in characters of the default font's digit width (ExcelJS and SheetSpec
 * too), Office.js in points. Excel rounds a width to whole pixels; the digit of Calibri 11 (and of Malgun
 * Gothic 11, Korean Excel's default) is 7 pixels wide, and a point is 4/3 of a pixel at 96 dpi.
 */
const DIGIT_PIXELS = 7;

export function characterWidthToPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * 0.75;
}
