import { a1 } from "../../address";
import type { DivisionFigures } from "../division";
import { numberedHeading, type SummarySection } from "../section";
import { LAST_COLUMN, rateFormula, rateValue, sumFormula, type SheetBuilder } from "../sheet-builder";
import { unitLabel, type SectionUnit } from "../unit";
import { budgetSection } from "./budget";
import { replacementSection } from "./replacement";
import { staffSection } from "./staff";

/** The consolidated summary's figure sections: one row per division's file, district totals as SUM formulas. */

export interface DivisionRow {
  readonly file: string;
  readonly figures: DivisionFigures;
}

interface Row {
  readonly file: string;
  readonly values: readonly (number | null)[];
}

/** Every division's amounts are converted to 천원 (`divisionFigures`), whatever each workbook's tables state. */
const DIVISION_UNIT: SectionUnit = { unit: "thousandWon", assumed: false, converted: false };

/** Writes the formula columns of a row (`total` on the 계 row, which takes the bold style). */
type Derive = (row: number, values: readonly number[], total: boolean) => void;

/** The heading of the single-file summary's section for the same figures, with this summary's number. */
function sectionTitle(b: SheetBuilder, number: number, section: SummarySection<unknown>): void {
  b.text(b.row, 0, numberedHeading(b, number, section.heading), "section");
  if (section.unit) b.text(b.row, LAST_COLUMN, unitLabel(b, DIVISION_UNIT), "unit");
  b.row += 1;
}

/** Rows of figures per file, then a 계 row summing each column. */
function writeRows(b: SheetBuilder, headers: readonly string[], rows: readonly Row[], derive: Derive): void {
  if (rows.length === 0) return b.line(b.t("noTable"), "note");
  b.header([b.t("division"), ...headers]);
  const first = b.row;
  for (const { file, values } of rows) {
    b.text(b.row, 0, file, "label");
    values.forEach((v, i) => b.number(b.row, 1 + i, v, "amount"));
    derive(b.row, values.map((v) => v ?? 0), false);
    b.row += 1;
  }
  const last = b.row - 1;
  const totals = rows[0].values.map((_, i) => rows.reduce((acc, r) => acc + (r.values[i] ?? 0), 0));
  b.text(b.row, 0, b.t("total"), "totalLabel");
  totals.forEach((total, i) => b.formula(b.row, 1 + i, sumFormula(1 + i, first, last), total, "totalAmount"));
  derive(b.row, totals, true);
  b.row += 1;
  b.skip();
}

export function writeDivisionBudget(b: SheetBuilder, number: number, divisions: readonly DivisionRow[]): void {
  sectionTitle(b, number, budgetSection);
  const rows = divisions.flatMap(({ file, figures: { budget } }) => (budget ? [{ file, values: [budget.budget, budget.executed] }] : []));
  const headers = [b.t("budget"), b.t("executed"), b.t("remaining"), b.t("rate")];
  writeRows(b, headers, rows, (r, [budget, executed], total) => {
    b.formula(r, 3, `${a1(r, 1)}-${a1(r, 2)}`, budget - executed, total ? "totalAmount" : "amount");
    b.formula(r, 4, rateFormula(r, 1, 2), rateValue(budget, executed), total ? "totalRate" : "rate");
  });
}

export function writeDivisionStaff(b: SheetBuilder, number: number, divisions: readonly DivisionRow[]): void {
  sectionTitle(b, number, staffSection);
  const rows = divisions.flatMap(({ file, figures: { staff } }) => (staff ? [{ file, values: [staff.authorized, staff.current] }] : []));
  const headers = [b.t("authorized"), b.t("current"), b.t("difference")];
  writeRows(b, headers, rows, (r, [authorized, current], total) =>
    b.formula(r, 3, `${a1(r, 2)}-${a1(r, 1)}`, current - authorized, total ? "totalAmount" : "amount"),
  );
}

export function writeDivisionReplacement(b: SheetBuilder, number: number, divisions: readonly DivisionRow[]): void {
  sectionTitle(b, number, replacementSection);
  const rows = divisions.map(({ file, figures: { replacement: r } }) => ({
    file,
    values: [r.overdue.lots, r.overdue.cost, r.dueSoon.lots, r.dueSoon.cost],
  }));
  const headers = [b.t("overdueLots"), b.t("overdueCost"), b.t("dueSoonLots"), b.t("dueSoonCost")];
  writeRows(b, headers, rows, () => {});
}
