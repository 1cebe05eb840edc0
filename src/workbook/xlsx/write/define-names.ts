/**
 * Workbook-scoped defined names added to `xl/workbook.xml`; every other part of the package is copied byte for
 * byte. A name already there (in any scope, any case) is refused rather than replaced.
 */
import { columnLetters } from "../../../core/address";
import type { SheetRect } from "../../../core/names/reference";
import { quotedSheet } from "../../../core/summary/generated-sheets";
import type { NameToDefine } from "../../port";
import { PackageEdit } from "../package/package-edit";
import type { XlsxInput } from "../package/xlsx-package";
import { WorkbookPart } from "./workbook-parts";
import { packageToWrite, parsedPart } from "./write-sheets";

export async function defineNamesInXlsx(input: XlsxInput, names: readonly NameToDefine[]): Promise<Buffer> {
  const pkg = packageToWrite(input);
  const edit = new PackageEdit(pkg);
  const workbookPart = pkg.officeDocumentPart();
  const workbook = parsedPart(workbookPart, () => new WorkbookPart(pkg.text(workbookPart)!));
  const taken = new Set(workbook.names.map((n) => n.name.toLowerCase()));
  for (const { name, rect } of names) {
    if (taken.has(name.toLowerCase())) throw new Error(`the name ${name} is already defined`);
    taken.add(name.toLowerCase());
    workbook.addName({ name, formula: absoluteReference(rect) });
  }
  edit.put(workbookPart, workbook.toXml({ recalculate: false }));
  return edit.toZip();
}

/** `'장비'!$A$3:$J$43`, as Excel stores a name's range. */
function absoluteReference(rect: SheetRect): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `${quotedSheet(rect.sheet)}!${cell(rect.top, rect.left)}:${cell(rect.bottom, rect.right)}`;
}
