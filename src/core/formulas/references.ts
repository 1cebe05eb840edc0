import { columnIndex, type CellRect } from "../address";

/** A rectangle a formula refers to, zero-based and inclusive, on the formula's own sheet unless `sheet` says. */
export interface FormulaArea extends CellRect {
  readonly sheet?: string;
}

export interface FormulaReferences {
  readonly areas: readonly FormulaArea[];
  /** Only SUM / SUBTOTAL(9|109) / `+` over references: a total whose coverage can be judged. */
  readonly sumOnly: boolean;
}

const REF =
  /(?:('(?:[^']|'')+'|[A-Za-z0-9_.\u00C0-\uFFFF]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?(?![\w(])/g;
const SUM_ONLY = /^=(?:SUM\(|SUBTOTAL\((?:9|109),|[R+,()])*$/i;

/** The cell areas a formula mentions, and whether it is a plain sum of them. */
export function formulaReferences(formula: string): FormulaReferences {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const areas: FormulaArea[] = [];
  const skeleton = withoutStrings.replace(REF, (whole, sheet: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
    const a = { row: Number(r1) - 1, col: columnIndex(c1) };
    const b = c2 && r2 ? { row: Number(r2) - 1, col: columnIndex(c2) } : a;
    areas.push({
      sheet: sheet === undefined ? undefined : sheet.replace(/^'|'$/g, "").replace(/''/g, "'"),
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
    return "R";
  });
  const compact = skeleton.replace(/\s+/g, "");
  return { areas, sumOnly: areas.length > 0 && SUM_ONLY.test(compact) };
}
