/**
 * The rules every writer of our generated sheets follows, whatever the host: which hidden names mark them, how
 * a marker is read back, and the names our sheets get (the name wanted, or the next free `요약 (2)`, `요약 (3)`…
 * when a sheet of the user's has it).
 */
import type { SheetRole, SummaryBook } from "./sheet-spec";

/** Hidden workbook-scoped names that point at the sheet we wrote for each role. */
export const MARKER_NAMES: Record<SheetRole, string> = {
  summary: "BudgetCheck_Summary",
  replacementPlan: "BudgetCheck_ReplacementPlan",
  findings: "BudgetCheck_Findings",
};

const MAX_SHEET_NAME = 31;

/** The sheet a reference such as `'요약'!$A$1` is on; undefined for `#REF!` and the like. */
export function sheetOfReference(formula: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!#][^!]*))!/.exec(formula.trim());
  return m === null ? undefined : (m[1]?.replace(/''/g, "'") ?? m[2]);
}

/** A reference to a sheet, quoted whatever the name. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > MAX_SHEET_NAME || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`"${name}" cannot name a sheet`);
  }
}

/** One sheet at most for each role, each wanting a name Excel takes: what both writers refuse otherwise. */
export function checkBookSheets(book: SummaryBook): void {
  const roles = new Set<SheetRole>();
  for (const spec of book.sheets) {
    if (roles.has(spec.role)) throw new Error(`two sheets for the ${spec.role} role`);
    roles.add(spec.role);
    checkSheetName(spec.name);
  }
}

/**
 * Names for the sheets we write, in order. `existing` are the workbook's sheets and `replaced` the indexes of
 * those we replace, whose names are free for us to take again. Names compare without regard to case.
 */
export function chooseSheetNames(
  existing: readonly { readonly name: string }[],
  replaced: ReadonlySet<number>,
  wanted: readonly string[],
): string[] {
  const taken = new Set(existing.filter((_, i) => !replaced.has(i)).map((s) => s.name.toLowerCase()));
  return wanted.map((name) => {
    let chosen = name;
    for (let k = 2; taken.has(chosen.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      chosen = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(chosen.toLowerCase());
    return chosen;
  });
}
