import { a1 } from "../../address";
import type { StaffTable } from "../../tables/types";
import { staffBlock, type StaffLine } from "../figures";
import type { SummarySection } from "../section";
import { sumFormula, type SheetBuilder } from "../sheet-builder";
import { pushInto } from "../../group";

/** Staff by series and grade: authorized, current, difference (current − authorized), a subtotal per series and a total. */
export const staffSection: SummarySection<StaffTable> = {
  heading: { ko: "인력 현황", en: "Staff" },
  write(b, tables) {
    writeStaff(b, tables);
    return null;
  },
};

function writeStaff(b: SheetBuilder, tables: readonly StaffTable[]): void {
  if (tables.length === 0) {
    b.line(b.t("noTable"), "note");
    return;
  }
  for (const block of tables.map(staffBlock)) {
    b.line(block.sheet, "caption");
    b.header([b.t("series"), b.t("grade"), b.t("authorized"), b.t("current"), b.t("difference")]);
    const subtotalRows: number[] = [];
    const groups = new Map<string, StaffLine[]>();
    for (const line of block.lines) pushInto(groups, line.series, line);
    const totals = { authorized: 0, current: 0 };
    for (const [series, lines] of groups) {
      const first = b.row;
      for (const line of lines) {
        writeCounts(b, series, line);
        totals.authorized += line.authorized ?? 0;
        totals.current += line.current ?? 0;
      }
      const last = b.row - 1;
      if (groups.size > 1) {
        const r = b.row;
        const sum = (pick: (l: StaffLine) => number | null) => lines.reduce((acc, l) => acc + (pick(l) ?? 0), 0);
        b.text(r, 0, series, "subtotalLabel");
        b.text(r, 1, b.t("subtotal"), "subtotalLabel");
        b.formula(r, 2, sumFormula(2, first, last), sum((l) => l.authorized), "subtotalAmount");
        b.formula(r, 3, sumFormula(3, first, last), sum((l) => l.current), "subtotalAmount");
        b.formula(r, 4, `${a1(r, 3)}-${a1(r, 2)}`, sum((l) => l.current) - sum((l) => l.authorized), "subtotalAmount");
        subtotalRows.push(r);
        b.row += 1;
      } else {
        subtotalRows.push(...Array.from({ length: last - first + 1 }, (_, i) => first + i));
      }
    }
    const r = b.row;
    const over = (col: number) => (subtotalRows.length === 0 ? "0" : `SUM(${subtotalRows.map((row) => a1(row, col)).join(",")})`);
    b.text(r, 0, b.t("total"), "totalLabel");
    b.text(r, 1, "", "totalLabel");
    b.formula(r, 2, over(2), totals.authorized, "totalAmount");
    b.formula(r, 3, over(3), totals.current, "totalAmount");
    b.formula(r, 4, `${a1(r, 3)}-${a1(r, 2)}`, totals.current - totals.authorized, "totalAmount");
    b.row += 1;
    b.skip();
  }
}

function writeCounts(b: SheetBuilder, series: string, line: StaffLine): void {
  const r = b.row;
  b.text(r, 0, series, "label");
  b.text(r, 1, line.grade, "label");
  b.number(r, 2, line.authorized, "amount");
  b.number(r, 3, line.current, "amount");
  b.formula(r, 4, `${a1(r, 3)}-${a1(r, 2)}`, (line.current ?? 0) - (line.authorized ?? 0), "amount");
  b.row += 1;
}
