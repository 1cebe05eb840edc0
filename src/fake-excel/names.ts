/**
 * Defined names as Excel keeps them: a name's `type` and `value` follow from its formula, and renaming or
 * deleting a sheet rewrites the formulas that refer to it (a deleted sheet's references become `#REF!`).
 */
import { parseReference } from "../core/names/reference";
import { sheetPrefix } from "./address";
import { evaluateFormula } from "./formula";
import { cellAt, findSheet, type FakeName, type FakeValue, type FakeWorkbook } from "./model";

type NamedItemType = "Range" | "Error" | "String" | "Double" | "Boolean";

/** What the name's formula evaluates to: a range, an error, or a constant. */
export function nameResult(workbook: FakeWorkbook, name: FakeName): { type: NamedItemType; value: FakeValue } {
  const ref = parseReference(name.formula, workbook.sheets.map((s) => s.name));
  if (ref.kind === "range" || (ref.kind === "broken" && ref.reason === "multiple-areas")) {
    return { type: "Range", value: name.formula.replace(/^=/, "") };
  }
  if (ref.kind === "broken" && ref.reason !== "not-a-range") return { type: "Error", value: "#REF!" };
  const value = evaluateFormula(name.formula, (sheet, row, col) => {
    const target = sheet === undefined ? undefined : findSheet(workbook, sheet);
    return target === undefined ? { error: "#REF!" } : cellAt(target, row, col)?.value;
  });
  if (typeof value === "object") return { type: "Error", value: value.error };
  return { type: typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String", value };
}

const SHEET_REFERENCE = /('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/gu;

function unquote(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/** Rewrites every `Old!` in the names' formulas to the sheet's new name. */
export function renameSheetReferences(workbook: FakeWorkbook, from: string, to: string): void {
  const wanted = from.toLowerCase();
  for (const name of workbook.names) {
    name.formula = name.formula.replace(SHEET_REFERENCE, (whole, prefix: string) =>
      unquote(prefix).toLowerCase() === wanted ? `${sheetPrefix(to)}!` : whole,
    );
    if (name.scopeSheet?.toLowerCase() === wanted) name.scopeSheet = to;
  }
}

/** Drops the names scoped to a deleted sheet and turns references to it into `#REF!`. */
export function deleteSheetReferences(workbook: FakeWorkbook, sheet: string): void {
  const wanted = sheet.toLowerCase();
  workbook.names = workbook.names.filter((n) => n.scopeSheet?.toLowerCase() !== wanted);
  for (const name of workbook.names) {
    name.formula = name.formula.replace(SHEET_REFERENCE, (whole, prefix: string) =>
      unquote(prefix).toLowerCase() === wanted ? "#REF!" : whole,
    );
  }
}

/** Excel's rules for a defined name: a letter, `_` or `\` first, no spaces, not a cell address. */
export function isValidName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^R\d*C\d*$/i.test(name)
  );
}
